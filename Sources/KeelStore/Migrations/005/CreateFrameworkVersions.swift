import FluentKit
import SQLKit

struct CreateFrameworkVersions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("framework_versions")
            .id()
            .field("organization_id", .uuid, .required, .references("organizations", "id"))
            // Shared by every version of one framework.
            .field("framework_id", .uuid, .required)
            .field("key", .string, .required)
            .field("version", .int, .required)
            .field("name", .string, .required)
            .field("scale_max", .int, .required)
            // The whole version as a framework file (FrameworkDocument JSON): texts and levels.
            .field("document", .string, .required)
            .field("published_at", .datetime)
            .field("created_by", .uuid, .references("people", "id"))
            .field("created_at", .datetime, .required)
            // Named: PostgreSQL cuts identifiers at 63 bytes, and the generated names would collide.
            .unique(on: "organization_id", "key", "version", name: "framework_versions_unique_key")
            .unique(on: "framework_id", "version", name: "framework_versions_unique_version")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("framework_versions").delete()
    }
}
