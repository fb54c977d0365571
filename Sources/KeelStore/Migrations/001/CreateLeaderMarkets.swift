import FluentKit

struct CreateLeaderMarkets: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("leader_markets")
            .id()
            .field("organization_id", .uuid, .required, .references("organizations", "id"))
            .field("person_id", .uuid, .required, .references("people", "id"))
            .field("market_id", .uuid, .required, .references("markets", "id"))
            .unique(on: "person_id", "market_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("leader_markets").delete()
    }
}
