import FluentKit
import SQLKit

struct CreateCompetenceResults: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("competence_results")
            .id()
            .field("organization_id", .uuid, .required, .references("organizations", "id"))
            .field("cycle_id", .uuid, .required, .references("assessment_cycles", "id"))
            .field("person_id", .uuid, .required, .references("people", "id"))
            .field("competency_id", .uuid, .required)
            // Consolidated by the cycle's policy; null while no weighted source has submitted.
            .field("level", .double)
            .field("sources", .string, .required)
            .field("self_level", .double)
            .field("manager_level", .double)
            .field("manager_count", .int, .required)
            .field("peer_count", .int, .required)
            // Only when at least three peers rated, so no single peer's rating can be read from it.
            .field("peer_mean", .double)
            .field("target_level", .int)
            .field("weight", .double)
            // Where the result is counted in the heatmap tallies: the person's team, market and
            // job role now, kept up to date when they move.
            .field("team_id", .uuid)
            .field("market_id", .uuid)
            .field("job_role", .string, .required)
            // Person first, so the same index finds a person's results across cycles (trends,
            // moves) and one person × competency in a cycle.
            .unique(on: "person_id", "cycle_id", "competency_id", name: "competence_results_unique")
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "competence_results_by_team")
            .on("competence_results").column("cycle_id").column("team_id").run()
        try await sql.create(index: "competence_results_by_market")
            .on("competence_results").column("cycle_id").column("market_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("competence_results").delete()
    }
}
