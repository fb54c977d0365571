import FluentKit

/// Coachable KPIs (SPEC §4): a seller's own targets, set by their coach, and the weekly values
/// of the KPIs no activity data holds, entered by the seller or their coach. Plain tables read
/// and upserted by key; the KPIs themselves are computed from the activity rollups.
struct AddKPIs: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(KPIStore.targetTable)
            .field("organization_id", .uuid, .required, .references("organizations", "id"))
            .field("person_id", .uuid, .required, .references("people", "id"))
            .field("kpi_key", .string, .required)
            .field("target", .double, .required)
            .field("set_by", .uuid)
            .field("set_at", .datetime, .required)
            .compositeIdentifier(over: "person_id", "kpi_key")
            .create()
        try await database.schema(KPIStore.entryTable)
            .field("organization_id", .uuid, .required, .references("organizations", "id"))
            .field("person_id", .uuid, .required, .references("people", "id"))
            .field("kpi_key", .string, .required)
            .field("week", .string, .required)
            .field("value", .double, .required)
            .field("entered_by", .uuid)
            .field("entered_at", .datetime, .required)
            .compositeIdentifier(over: "person_id", "kpi_key", "week")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(KPIStore.entryTable).delete()
        try await database.schema(KPIStore.targetTable).delete()
    }
}
