import Foundation

/// A tenant: one sales organization. Every other record belongs to exactly one.
public struct Organization: Hashable, Sendable, Codable, Identifiable {
    public typealias ID = Identifier<Organization>

    public var id: ID
    public var name: String
    /// A short, URL-safe name used in demo e-mail domains and the CLI.
    public var slug: String
    public var createdAt: Date

    public init(id: ID, name: String, slug: String, createdAt: Date) {
        self.id = id
        self.name = name
        self.slug = slug
        self.createdAt = createdAt
    }
}
