import FluentKit

/// The sums the execution analyses read (see ``ExecutionRollups``): one row per group (a
/// person, a team with its sub-teams, a market or the organization — `scope_id` is that
/// group's id), week or period, and activity type or reason. Plain tables without models:
/// they are written by incrementing upserts and read by range, never as objects.
struct CreateExecutionRollups: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ExecutionRollups.weekTable)
            .field("organization_id", .uuid, .required, .references("organizations", "id"))
            .field("scope_id", .uuid, .required)
            .field("week", .string, .required)
            .field("activity_type", .string, .required)
            .field("planned", .int, .required)
            .field("done_by_planned_week", .int, .required)
            .field("scheduled", .int, .required)
            .field("scheduled_minutes", .int, .required)
            .field("moved_out", .int, .required)
            .field("dropped", .int, .required)
            .field("done", .int, .required)
            .field("done_minutes", .int, .required)
            .field("high_load_scheduled", .int, .required)
            .field("high_load_pushed_out", .int, .required)
            .field("normal_scheduled", .int, .required)
            .field("normal_pushed_out", .int, .required)
            .compositeIdentifier(over: "scope_id", "week", "activity_type")
            .create()
        try await database.schema(ExecutionRollups.loadTable)
            .field("organization_id", .uuid, .required, .references("organizations", "id"))
            .field("scope_id", .uuid, .required)
            .field("week", .string, .required)
            .field("high_load_weeks", .int, .required)
            .field("normal_weeks", .int, .required)
            .field("zero_capacity_weeks", .int, .required)
            .compositeIdentifier(over: "scope_id", "week")
            .create()
        try await database.schema(ExecutionRollups.reasonTable)
            .field("organization_id", .uuid, .required, .references("organizations", "id"))
            .field("scope_id", .uuid, .required)
            // "2026-W02" or "2026-01": both granularities are kept, told apart by the shape.
            .field("period", .string, .required)
            .field("reason_code", .string, .required)
            .field("postponements", .int, .required)
            .field("dropped", .int, .required)
            .field("verified_obstacles", .int, .required)
            .field("accepted_excuses", .int, .required)
            .compositeIdentifier(over: "scope_id", "period", "reason_code")
            .create()
        try await database.schema(ExecutionRollups.dealTable)
            .field("organization_id", .uuid, .required, .references("organizations", "id"))
            .field("scope_id", .uuid, .required)
            .field("kind", .string, .required)
            // Unused parts of a `DealFactKey` are stored as "" and -1, so the key can be primary.
            .field("stage", .string, .required)
            .field("month", .string, .required)
            .field("days", .int, .required)
            .field("count", .int, .required)
            .compositeIdentifier(over: "scope_id", "kind", "stage", "month", "days")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ExecutionRollups.dealTable).delete()
        try await database.schema(ExecutionRollups.reasonTable).delete()
        try await database.schema(ExecutionRollups.loadTable).delete()
        try await database.schema(ExecutionRollups.weekTable).delete()
    }
}
