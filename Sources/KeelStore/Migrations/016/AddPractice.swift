import FluentKit
import SQLKit

/// Practice (SPEC §5): each organization's library of practice items, each seller's plan of
/// items with their spaced-repetition state, and every repetition done, with an observer's score.
struct AddPractice: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await database.schema("practice_items")
            .id()
            .field("organization_id", .uuid, .required, .references("organizations", "id"))
            .field("key", .string, .required)
            .field("competency_id", .uuid, .required)
            .field("kind", .string, .required)
            .field("aim_level", .int, .required)
            .field("minutes", .int, .required)
            .field("title", .string, .required)
            .field("content", .string, .required)
            .field("active", .bool, .required)
            .field("updated_by", .uuid)
            .field("updated_at", .datetime, .required)
            .unique(on: "organization_id", "key")
            .create()

        try await database.schema("practice_plan_entries")
            .id()
            .field("organization_id", .uuid, .required, .references("organizations", "id"))
            .field("person_id", .uuid, .required, .references("people", "id"))
            .field("item_id", .uuid, .required, .references("practice_items", "id"))
            .field("competency_id", .uuid, .required)
            .field("reason", .string, .required)
            .field("started_on", .string, .required)
            .field("good_in_a_row", .int, .required)
            .field("due", .string, .required)
            .field("retired_on", .string)
            .create()
        try await sql.create(index: "practice_plan_entries_by_person").on("practice_plan_entries")
            .column("organization_id").column("person_id").column("retired_on").run()

        try await database.schema("practice_reps")
            .id()
            .field("organization_id", .uuid, .required, .references("organizations", "id"))
            .field("entry_id", .uuid, .required, .references("practice_plan_entries", "id"))
            .field("person_id", .uuid, .required, .references("people", "id"))
            .field("item_id", .uuid, .required, .references("practice_items", "id"))
            .field("competency_id", .uuid, .required)
            .field("done_at", .datetime, .required)
            .field("day", .string, .required)
            .field("self_score", .int, .required)
            .field("note", .string, .required)
            .field("observer_id", .uuid, .references("people", "id"))
            .field("marks", .string)
            .field("observed_level", .int)
            .field("observer_comment", .string)
            .field("observed_at", .datetime)
            .create()
        try await sql.create(index: "practice_reps_by_person").on("practice_reps")
            .column("organization_id").column("person_id").column("day").run()
        try await sql.create(index: "practice_reps_by_entry").on("practice_reps").column("entry_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("practice_reps").delete()
        try await database.schema("practice_plan_entries").delete()
        try await database.schema("practice_items").delete()
    }
}
