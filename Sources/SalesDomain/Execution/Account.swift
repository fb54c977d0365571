import Foundation

/// A customer company that deals and activities are about.
///
/// Execution only needs to point at an account, so this holds the least that makes a reference
/// meaningful; firmographics (sector, size) belong to the import of the accounts file.
public struct Account: Hashable, Sendable, Codable, Identifiable {
    public typealias ID = Identifier<Account>

    public var id: ID
    public var organizationID: Organization.ID
    public var name: String

    public init(id: ID, organizationID: Organization.ID, name: String) {
        self.id = id
        self.organizationID = organizationID
        self.name = name
    }
}
