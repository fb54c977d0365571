import FluentKit
import Foundation
import SalesDomain

final class DealModel: Model, @unchecked Sendable {
    static let schema = "deals"

    @ID(key: .id) var id: UUID?
    @Field(key: "organization_id") var organizationID: UUID
    @Field(key: "external_id") var externalID: String
    @Field(key: "owner_id") var ownerID: UUID
    @OptionalField(key: "account_id") var accountID: UUID?
    @OptionalField(key: "product_id") var productID: UUID?
    @OptionalField(key: "title") var title: String?
    @Field(key: "stage") var stage: String
    @Field(key: "outcome") var outcome: String
    /// Money in minor units (öre, cents), so sums are exact on both databases.
    @Field(key: "value_cents") var valueCents: Int64
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "engaged_at") var engagedAt: Date?
    @OptionalField(key: "closed_at") var closedAt: Date?
    @Field(key: "updated_at") var updatedAt: Date
    /// When the deal entered the stage of its latest stage transition: kept with the deal so
    /// that judging open deals for stalls does not look up every deal's history.
    @OptionalField(key: "stage_entered_at") var stageEnteredAt: Date?
    /// The same moment's local calendar day (``WeekCalendar/localDayNumber(of:)``), so the
    /// database can count days in stage the way the domain does.
    @OptionalField(key: "stage_entered_day") var stageEnteredDay: Int?

    init() {}

    /// Records that the deal entered its current stage at `date`, as a new stage transition does.
    func enterStage(at date: Date, calendar: WeekCalendar) {
        stageEnteredAt = date
        stageEnteredDay = Self.stageEnteredDay(of: date, calendar: calendar)
    }

    static func stageEnteredDay(of date: Date, calendar: WeekCalendar) -> Int {
        calendar.localDayNumber(of: date)
    }

    var domain: Deal {
        Deal(
            id: .init(id!), ownerID: .init(ownerID), accountID: accountID.map(Account.ID.init), stage: DealStage(stage),
            value: Cents.value(valueCents), createdAt: createdAt, engagedAt: engagedAt, closedAt: closedAt,
            outcome: DealOutcome(rawValue: outcome) ?? .open, externalID: externalID
        )
    }
}
