import FluentKit

struct CreateFrameworkCompetencies: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("framework_competencies")
            .id()
            .field("framework_version_id", .uuid, .required, .references("framework_versions", "id"))
            // The competency's id, the same in every version that keeps its key; ratings, role
            // profiles and results refer to it.
            .field("competency_id", .uuid, .required)
            .field("area_id", .uuid, .required)
            .field("area_key", .string, .required)
            .field("key", .string, .required)
            .field("position", .int, .required)
            .unique(on: "framework_version_id", "competency_id", name: "framework_competencies_unique_id")
            .unique(on: "framework_version_id", "key", name: "framework_competencies_unique_key")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("framework_competencies").delete()
    }
}
