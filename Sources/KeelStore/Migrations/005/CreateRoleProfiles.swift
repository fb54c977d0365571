import FluentKit

struct CreateRoleProfiles: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("role_profiles")
            .id()
            .field("organization_id", .uuid, .required, .references("organizations", "id"))
            .field("framework_id", .uuid, .required)
            .field("job_role", .string, .required)
            .field("market_id", .uuid, .references("markets", "id"))
            .field("updated_at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("role_profiles").delete()
    }
}
