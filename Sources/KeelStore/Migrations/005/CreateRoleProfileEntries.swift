import FluentKit

struct CreateRoleProfileEntries: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("role_profile_entries")
            .id()
            .field("role_profile_id", .uuid, .required, .references("role_profiles", "id"))
            .field("competency_id", .uuid, .required)
            .field("target_level", .int, .required)
            .field("weight", .double, .required)
            .field("position", .int, .required)
            .unique(on: "role_profile_id", "competency_id", name: "role_profile_entries_unique")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("role_profile_entries").delete()
    }
}
