import FluentKit

struct CreateAssessmentCycles: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("assessment_cycles")
            .id()
            .field("organization_id", .uuid, .required, .references("organizations", "id"))
            .field("name", .string, .required)
            .field("framework_version_id", .uuid, .required, .references("framework_versions", "id"))
            .field("opened_at", .datetime, .required)
            .field("opened_by", .uuid, .references("people", "id"))
            .field("closed_at", .datetime)
            .field("closed_by", .uuid, .references("people", "id"))
            // The cycle's ConsolidationPolicy.
            .field("manager_weight", .double, .required)
            .field("self_weight", .double, .required)
            .field("peer_weight", .double, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("assessment_cycles").delete()
    }
}
