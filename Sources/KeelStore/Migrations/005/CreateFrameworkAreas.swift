import FluentKit

struct CreateFrameworkAreas: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("framework_areas")
            .id()
            .field("framework_version_id", .uuid, .required, .references("framework_versions", "id"))
            // The area's id, the same in every version that keeps its key.
            .field("area_id", .uuid, .required)
            .field("key", .string, .required)
            .field("position", .int, .required)
            .unique(on: "framework_version_id", "area_id", name: "framework_areas_unique")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("framework_areas").delete()
    }
}
