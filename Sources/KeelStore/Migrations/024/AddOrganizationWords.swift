import FluentKit

/// The organization's own names for its activity types, deal stages, job roles and markets, one
/// row per kind, code and language. The key leads with the organization, so the one read every
/// signed-in page makes (all of its names) is a range of the primary key's index.
struct AddOrganizationWords: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(OrganizationWords.table)
            .field("organization_id", .uuid, .required, .references("organizations", "id"))
            .field("kind", .string, .required)
            .field("code", .string, .required)
            .field("language", .string, .required)
            .field("name", .string, .required)
            .field("updated_by", .uuid)
            .field("updated_at", .datetime, .required)
            .compositeIdentifier(over: "organization_id", "kind", "code", "language")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(OrganizationWords.table).delete()
    }
}
