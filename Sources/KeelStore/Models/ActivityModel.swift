import FluentKit
import Foundation
import SalesDomain

final class ActivityModel: Model, @unchecked Sendable {
    static let schema = "activities"

    @ID(key: .id) var id: UUID?
    @Field(key: "organization_id") var organizationID: UUID
    /// The CRM's id; `nil` for activities logged in Keel.
    @OptionalField(key: "external_id") var externalID: String?
    @Field(key: "owner_id") var ownerID: UUID
    @Field(key: "type") var type: String
    @Field(key: "planned_at") var plannedAt: Date
    @OptionalField(key: "done_at") var doneAt: Date?
    @Field(key: "duration_minutes") var durationMinutes: Int
    @OptionalField(key: "deal_id") var dealID: UUID?
    @OptionalField(key: "account_id") var accountID: UUID?
    @OptionalField(key: "subject") var subject: String?
    @Field(key: "source") var source: String
    @Field(key: "updated_at") var updatedAt: Date

    init() {}

    var domain: Activity {
        Activity(
            id: .init(id!), type: ActivityType(type), ownerID: .init(ownerID), plannedDate: plannedAt, doneDate: doneAt,
            durationMinutes: durationMinutes, dealID: dealID.map(Deal.ID.init), accountID: accountID.map(Account.ID.init),
            source: ActivitySource(rawValue: source) ?? .imported, externalID: externalID
        )
    }
}
