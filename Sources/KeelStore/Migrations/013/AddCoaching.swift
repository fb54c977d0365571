import FluentKit
import SQLKit

/// Coaching (SPEC §4): sessions, the next steps agreed in them, each follow-up of a next step
/// in a later session, and each organization's own agenda templates.
struct AddCoaching: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await database.schema("coaching_sessions")
            .id()
            .field("organization_id", .uuid, .required, .references("organizations", "id"))
            .field("seller_id", .uuid, .required, .references("people", "id"))
            .field("coach_id", .uuid, .required, .references("people", "id"))
            .field("type", .string, .required)
            .field("scheduled_at", .datetime, .required)
            .field("duration_minutes", .int, .required)
            .field("focus_kind", .string)
            .field("focus_reference", .string)
            .field("status", .string, .required)
            .field("notes", .string, .required)
            .field("private_notes", .string, .required)
            .field("suggestion", .string)
            .field("completed_at", .datetime)
            .field("created_at", .datetime, .required)
            .create()
        try await sql.create(index: "coaching_sessions_by_seller").on("coaching_sessions")
            .column("organization_id").column("seller_id").column("scheduled_at").run()
        try await sql.create(index: "coaching_sessions_by_time").on("coaching_sessions")
            .column("organization_id").column("scheduled_at").run()

        try await database.schema("coaching_action_items")
            .id()
            .field("organization_id", .uuid, .required, .references("organizations", "id"))
            .field("seller_id", .uuid, .required, .references("people", "id"))
            .field("session_id", .uuid, .required, .references("coaching_sessions", "id"))
            .field("text", .string, .required)
            .field("owner_id", .uuid, .required, .references("people", "id"))
            .field("due", .string, .required)
            .field("link_kind", .string)
            .field("link_reference", .string)
            .field("status", .string, .required)
            .field("carried_over", .int, .required)
            .field("closed_at", .datetime)
            .create()
        try await sql.create(index: "coaching_action_items_by_seller").on("coaching_action_items")
            .column("organization_id").column("seller_id").column("status").run()

        try await database.schema("coaching_item_reviews")
            .id()
            .field("organization_id", .uuid, .required, .references("organizations", "id"))
            .field("session_id", .uuid, .required, .references("coaching_sessions", "id"))
            .field("item_id", .uuid, .required, .references("coaching_action_items", "id"))
            .field("outcome", .string, .required)
            .field("comment", .string, .required)
            .field("new_due", .string)
            .unique(on: "session_id", "item_id")
            .create()
        try await sql.create(index: "coaching_item_reviews_by_item").on("coaching_item_reviews").column("item_id").run()

        try await database.schema("coaching_agenda_templates")
            .id()
            .field("organization_id", .uuid, .required, .references("organizations", "id"))
            .field("type", .string, .required)
            .field("items", .string, .required)
            .field("updated_by", .uuid)
            .field("updated_at", .datetime, .required)
            .unique(on: "organization_id", "type")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("coaching_agenda_templates").delete()
        try await database.schema("coaching_item_reviews").delete()
        try await database.schema("coaching_action_items").delete()
        try await database.schema("coaching_sessions").delete()
    }
}
