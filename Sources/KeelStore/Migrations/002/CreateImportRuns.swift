import FluentKit

struct CreateImportRuns: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("import_runs")
            .id()
            .field("organization_id", .uuid, .required, .references("organizations", "id"))
            .field("actor_id", .uuid)
            .field("kind", .string, .required)
            .field("mapping", .string, .required)
            .field("file_name", .string, .required)
            .field("as_of", .datetime, .required)
            .field("rows", .int, .required)
            .field("inserted", .int, .required)
            .field("updated", .int, .required)
            .field("unchanged", .int, .required)
            .field("finished_at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("import_runs").delete()
    }
}
