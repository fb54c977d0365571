import FluentKit

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
            // One rating per rater, ratee and competency in a cycle. Ratee before rater, so that
            // the same index finds the ratings that re-consolidating one person × competency reads.
            .unique(on: "cycle_id", "ratee_id", "competency_id", "rater_id", name: "ratings_unique")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("ratings").delete()
    }
}
