import FluentKit
import SQLKit

struct CreateAuditEvents: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("audit_events")
            .id()
            .field("organization_id", .uuid, .required, .references("organizations", "id"))
            .field("actor_id", .uuid)
            .field("entity", .string, .required)
            .field("entity_id", .uuid, .required)
            .field("action", .string, .required)
            .field("changes", .string, .required)
            .field("occurred_at", .datetime, .required)
            .create()
        try await (database as! any SQLDatabase).create(index: "audit_events_by_entity")
            .on("audit_events").column("organization_id").column("entity_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("audit_events").delete()
    }
}
