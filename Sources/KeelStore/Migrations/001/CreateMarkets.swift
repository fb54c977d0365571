import FluentKit

struct CreateMarkets: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("markets")
            .id()
            .field("organization_id", .uuid, .required, .references("organizations", "id"))
            .field("code", .string, .required)
            .field("name", .string, .required)
            .unique(on: "organization_id", "code")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("markets").delete()
    }
}
