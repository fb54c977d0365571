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

    init() {}

    var domain: Deal {
        Deal(
            id: .init(id!), ownerID: .init(ownerID), accountID: accountID.map(Account.ID.init), stage: DealStage(stage),
            value: Decimal(valueCents) / 100, createdAt: createdAt, engagedAt: engagedAt, closedAt: closedAt,
            outcome: DealOutcome(rawValue: outcome) ?? .open, externalID: externalID
        )
    }
}
