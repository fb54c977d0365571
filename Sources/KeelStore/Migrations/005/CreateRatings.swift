import FluentKit
import SQLKit

struct CreateRatings: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("ratings")
            .id()
            .field("organization_id", .uuid, .required, .references("organizations", "id"))
            .field("cycle_id", .uuid, .required, .references("assessment_cycles", "id"))
            .field("rater_id", .uuid, .required, .references("people", "id"))
            .field("ratee_id", .uuid, .required, .references("people", "id"))
            .field("competency_id", .uuid, .required)
            .field("source", .string, .required)
            .field("level", .int, .required)
            .field("evidence", .string, .required)
            .field("status", .string, .required)
            .field("updated_at", .datetime, .required)
            .field("submitted_at", .datetime)
            .unique(on: "cycle_id", "rater_id", "ratee_id", "competency_id", name: "ratings_unique")
            .create()
        // Re-consolidating one person × competency reads exactly these rows.
        try await (database as! any SQLDatabase).create(index: "ratings_by_ratee")
            .on("ratings").column("cycle_id").column("ratee_id").column("competency_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("ratings").delete()
    }
}
