import Foundation

/// A geographic market (Sweden, Norway, …) that teams and people sell in.
public struct Market: Hashable, Sendable, Codable, Identifiable {
    public typealias ID = Identifier<Market>

    public var id: ID
    public var organizationID: Organization.ID
    /// ISO 3166-1 alpha-2 country code, e.g. `SE`.
    public var code: String
    public var name: String

    public init(id: ID, organizationID: Organization.ID, code: String, name: String) {
        self.id = id
        self.organizationID = organizationID
        self.code = code
        self.name = name
    }
}
