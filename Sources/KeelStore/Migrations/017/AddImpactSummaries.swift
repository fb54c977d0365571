import FluentKit
import SQLKit

/// The traced-impact estimates of every intervention group, as the periodic refresh computed
/// them: what the start page's tile reads, so it never resamples per request.
struct AddImpactSummaries: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ImpactStore.summaryTable)
            .field("organization_id", .uuid, .required, .references("organizations", "id"))
            .field("id", .string, .required)
            /// `ImpactSummary` as JSON.
            .field("body", .string, .required)
            .field("computed_at", .datetime, .required)
            .compositeIdentifier(over: "organization_id", "id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ImpactStore.summaryTable).delete()
    }
}
