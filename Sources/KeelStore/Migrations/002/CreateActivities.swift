import FluentKit
import SQLKit

struct CreateActivities: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("activities")
            .id()
            .field("organization_id", .uuid, .required, .references("organizations", "id"))
            .field("external_id", .string)
            .field("owner_id", .uuid, .required, .references("people", "id"))
            .field("type", .string, .required)
            .field("planned_at", .datetime, .required)
            .field("done_at", .datetime)
            .field("duration_minutes", .int, .required)
            .field("deal_id", .uuid, .references("deals", "id"))
            .field("account_id", .uuid, .references("accounts", "id"))
            .field("subject", .string)
            .field("source", .string, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "organization_id", "external_id")
            .create()
        try await (database as! any SQLDatabase).create(index: "activities_by_owner")
            .on("activities").column("organization_id").column("owner_id").column("planned_at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("activities").delete()
    }
}
