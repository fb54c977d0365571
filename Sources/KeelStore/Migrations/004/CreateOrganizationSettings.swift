import FluentKit

/// An organization's configurable rules (work categories, reason catalog, pressure and stall
/// policies), one JSON document per key; absent keys mean Keel's defaults.
struct CreateOrganizationSettings: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(OrganizationSettingModel.schema)
            .id()
            .field("organization_id", .uuid, .required, .references("organizations", "id"))
            .field("key", .string, .required)
            .field("value", .string, .required)
            .field("updated_at", .datetime, .required)
            .field("updated_by", .uuid, .references("people", "id"))
            .unique(on: "organization_id", "key")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(OrganizationSettingModel.schema).delete()
    }
}
