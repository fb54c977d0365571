import FluentKit
import SQLKit

struct CreateTeams: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("teams")
            .id()
            .field("organization_id", .uuid, .required, .references("organizations", "id"))
            .field("name", .string, .required)
            .field("parent_id", .uuid, .references("teams", "id"))
            .field("market_id", .uuid, .references("markets", "id"))
            .field("is_active", .bool, .required)
            .field("deactivated_at", .datetime)
            .field("created_at", .datetime, .required)
            .create()
        try await (database as! any SQLDatabase).create(index: "teams_by_organization")
            .on("teams").column("organization_id").column("parent_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("teams").delete()
    }
}
