import FluentKit

/// The stall bars per team and for the organization (see ``StallBars``), computed for the
/// deals already stored.
struct CreateStallBars: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(StallBars.table)
            .field("organization_id", .uuid, .required, .references("organizations", "id"))
            .field("scope_id", .uuid, .required)
            .field("stage", .string, .required)
            .field("won_deals", .int, .required)
            .field("days", .double, .required)
            .compositeIdentifier(over: "scope_id", "stage")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(StallBars.table).delete()
    }
}
