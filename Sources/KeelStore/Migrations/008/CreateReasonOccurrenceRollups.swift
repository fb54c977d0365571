import FluentKit

/// The rollup a team's count of distinct people per reason is read from (see
/// ``ReasonOccurrences``): counting them over every member's reason rows took over a second
/// for a team of 11,000 people.
///
/// One row per group, granularity, period, reason and previous period ("" for a first
/// occurrence), so the key can be primary and a range query reads only the group's rows.
/// Existing organizations are filled from their people's stored reason rows, without reading
/// activities.
struct CreateReasonOccurrenceRollups: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ExecutionRollups.reasonOccurrenceTable)
            .field("organization_id", .uuid, .required, .references("organizations", "id"))
            .field("scope_id", .uuid, .required)
            .field("granularity", .string, .required)
            .field("period", .string, .required)
            .field("reason_code", .string, .required)
            .field("previous_period", .string, .required)
            .field("count", .int, .required)
            .compositeIdentifier(over: "scope_id", "granularity", "period", "reason_code", "previous_period")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ExecutionRollups.reasonOccurrenceTable).delete()
    }
}
