import Foundation

/// A sales team. Teams form a forest through `parentID`; a manager sees the subtree of their team.
public struct Team: Hashable, Sendable, Codable, Identifiable {
    public typealias ID = Identifier<Team>

    public var id: ID
    public var organizationID: Organization.ID
    public var name: String
    public var parentID: Team.ID?
    public var marketID: Market.ID?
    public var isActive: Bool
    public var deactivatedAt: Date?

    public init(
        id: ID, organizationID: Organization.ID, name: String, parentID: Team.ID? = nil,
        marketID: Market.ID? = nil, isActive: Bool = true, deactivatedAt: Date? = nil
    ) {
        self.id = id
        self.organizationID = organizationID
        self.name = name
        self.parentID = parentID
        self.marketID = marketID
        self.isActive = isActive
        self.deactivatedAt = deactivatedAt
    }
}
