import FluentKit
import Foundation

/// A market a leader is assigned to; a leader with none leads the whole organization.
final class LeaderMarketModel: Model, @unchecked Sendable {
    static let schema = "leader_markets"

    @ID(key: .id) var id: UUID?
    @Field(key: "organization_id") var organizationID: UUID
    @Field(key: "person_id") var personID: UUID
    @Field(key: "market_id") var marketID: UUID

    init() {}

    init(organizationID: UUID, personID: UUID, marketID: UUID) {
        id = UUID()
        self.organizationID = organizationID
        self.personID = personID
        self.marketID = marketID
    }
}
