import FluentKit
import SQLKit

struct CreatePostponements: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("postponements")
            .id()
            .field("organization_id", .uuid, .required, .references("organizations", "id"))
            .field("activity_id", .uuid, .required, .references("activities", "id"))
            .field("owner_id", .uuid, .required, .references("people", "id"))
            .field("from_date", .datetime, .required)
            // `nil` when the activity was dropped rather than moved.
            .field("moved_to", .datetime)
            .field("reason_code", .string, .required)
            .field("logged_at", .datetime, .required)
            .field("reviewer_id", .uuid, .references("people", "id"))
            .field("verdict", .string)
            .field("reviewed_at", .datetime)
            .field("note", .string)
            .create()
        try await (database as! any SQLDatabase).create(index: "postponements_by_owner")
            .on("postponements").column("organization_id").column("owner_id").column("from_date").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("postponements").delete()
    }
}
