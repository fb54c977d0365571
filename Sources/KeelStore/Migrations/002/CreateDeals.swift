import FluentKit
import SQLKit

struct CreateDeals: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("deals")
            .id()
            .field("organization_id", .uuid, .required, .references("organizations", "id"))
            .field("external_id", .string, .required)
            .field("owner_id", .uuid, .required, .references("people", "id"))
            .field("account_id", .uuid, .references("accounts", "id"))
            .field("product_id", .uuid, .references("products", "id"))
            .field("title", .string)
            .field("stage", .string, .required)
            .field("outcome", .string, .required)
            .field("value_cents", .int64, .required)
            .field("created_at", .datetime, .required)
            .field("engaged_at", .datetime)
            .field("closed_at", .datetime)
            .field("updated_at", .datetime, .required)
            .unique(on: "organization_id", "external_id")
            .create()
        try await (database as! any SQLDatabase).create(index: "deals_by_owner")
            .on("deals").column("organization_id").column("owner_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("deals").delete()
    }
}
