import FluentKit
import SQLKit

/// Goals and wins (SPEC §4): company, team and individual goals with their parent, weight and
/// measure; every value entered for a manual goal; the wins managers post; and the win
/// suggestions a manager dismissed.
struct AddGoalsAndWins: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await database.schema("goals")
            .id()
            .field("organization_id", .uuid, .required, .references("organizations", "id"))
            .field("level", .string, .required)
            .field("team_id", .uuid, .references("teams", "id"))
            .field("person_id", .uuid, .references("people", "id"))
            .field("title", .string, .required)
            .field("start_day", .string, .required)
            .field("due_day", .string, .required)
            .field("parent_id", .uuid, .references("goals", "id"))
            .field("weight", .double, .required)
            .field("measure_kind", .string)
            .field("kpi", .string)
            .field("target", .double)
            .field("unit", .string, .required)
            .field("latest_value", .double)
            .field("created_by", .uuid, .references("people", "id"))
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .field("archived_at", .datetime)
            .create()
        try await sql.create(index: "goals_by_organization").on("goals").column("organization_id").column("archived_at").run()

        try await database.schema("goal_progress_entries")
            .id()
            .field("organization_id", .uuid, .required, .references("organizations", "id"))
            .field("goal_id", .uuid, .required, .references("goals", "id"))
            .field("value", .double, .required)
            .field("entered_by", .uuid, .required, .references("people", "id"))
            .field("entered_at", .datetime, .required)
            .create()
        try await sql.create(index: "goal_progress_entries_by_goal").on("goal_progress_entries").column("goal_id").column("entered_at").run()

        try await database.schema("wins")
            .id()
            .field("organization_id", .uuid, .required, .references("organizations", "id"))
            .field("person_id", .uuid, .references("people", "id"))
            .field("team_id", .uuid, .references("teams", "id"))
            .field("text", .string, .required)
            .field("goal_id", .uuid, .references("goals", "id"))
            .field("deal_id", .uuid, .references("deals", "id"))
            .field("posted_by", .uuid, .required, .references("people", "id"))
            .field("posted_at", .datetime, .required)
            .create()
        try await sql.create(index: "wins_by_time").on("wins").column("organization_id").column("posted_at").run()

        try await database.schema("win_dismissals")
            .id()
            .field("organization_id", .uuid, .required, .references("organizations", "id"))
            .field("source_kind", .string, .required)
            .field("source_id", .uuid, .required)
            .field("dismissed_by", .uuid, .required, .references("people", "id"))
            .field("dismissed_at", .datetime, .required)
            .unique(on: "organization_id", "source_kind", "source_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("win_dismissals").delete()
        try await database.schema("wins").delete()
        try await database.schema("goal_progress_entries").delete()
        try await database.schema("goals").delete()
    }
}
