import FluentKit

struct CreateCompetenceTallies: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("competence_tallies")
            .id()
            .field("organization_id", .uuid, .required, .references("organizations", "id"))
            .field("cycle_id", .uuid, .required, .references("assessment_cycles", "id"))
            // team (the whole subtree), market, organization, no_team or no_market; the last
            // three carry the organization's id so the key never holds a null.
            .field("group_kind", .string, .required)
            .field("group_id", .uuid, .required)
            .field("job_role", .string, .required)
            .field("competency_id", .uuid, .required)
            .field("level_sum", .double, .required)
            .field("rated_count", .int, .required)
            .field("targeted_count", .int, .required)
            .field("below_target_count", .int, .required)
            // Also the index every heatmap query reads through (cycle, kind, group ids).
            .unique(on: "cycle_id", "group_kind", "group_id", "job_role", "competency_id", name: "competence_tallies_unique")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("competence_tallies").delete()
    }
}
