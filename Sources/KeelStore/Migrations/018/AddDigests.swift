import FluentKit
import SQLKit

/// The weekly e-mail digest: each person's choice (no row: on), and the outbox every message is
/// written to before it is sent — one per person and ISO week, so a restart or a second
/// scheduler never composes a week twice, and a message that fails stays until it is delivered.
struct AddDigests: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(DigestPreferenceModel.schema)
            .field("person_id", .uuid, .identifier(auto: false), .references("people", "id"))
            .field("organization_id", .uuid, .required, .references("organizations", "id"))
            .field("enabled", .bool, .required)
            .field("updated_at", .datetime, .required)
            .create()
        try await database.schema(OutboxMessageModel.schema)
            .id()
            .field("organization_id", .uuid, .required, .references("organizations", "id"))
            .field("person_id", .uuid, .required, .references("people", "id"))
            .field("address", .string, .required)
            .field("language", .string, .required)
            .field("subject", .string, .required)
            .field("text_body", .string, .required)
            .field("html_body", .string, .required)
            /// The ISO week the digest is for, `2026-W14`.
            .field("week", .string, .required)
            .field("attempts", .int, .required)
            /// `NULL` once sent, or when retrying has stopped after a day (the message stays, failed).
            .field("next_attempt_at", .datetime)
            .field("last_error", .string)
            .field("created_at", .datetime, .required)
            .field("sent_at", .datetime)
            .unique(on: "person_id", "week")
            .create()
        try await (database as! any SQLDatabase).create(index: "mail_outbox_unsent").on(OutboxMessageModel.schema)
            .column("sent_at").column("next_attempt_at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(OutboxMessageModel.schema).delete()
        try await database.schema(DigestPreferenceModel.schema).delete()
    }
}
