import FluentKit
import SQLKit

struct CreatePeople: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("people")
            .id()
            .field("organization_id", .uuid, .required, .references("organizations", "id"))
            .field("name", .string, .required)
            .field("email", .string, .required)
            .field("search_key", .string, .required)
            .field("job_role", .string, .required)
            .field("access_role", .string, .required)
            .field("team_id", .uuid, .references("teams", "id"))
            .field("market_id", .uuid, .references("markets", "id"))
            .field("language", .string)
            .field("is_active", .bool, .required)
            .field("deactivated_at", .datetime)
            .field("password_hash", .string)
            .field("created_at", .datetime, .required)
            .unique(on: "email")
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "people_by_team").on("people").column("organization_id").column("team_id").run()
        try await sql.create(index: "people_by_market").on("people").column("organization_id").column("market_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("people").delete()
    }
}
