import FluentKit
import SQLKit

/// What the diagnosis reads beyond the execution rollups: each week tally's activities late for
/// a verified obstacle (filled by ``DerivedData``), and the signal map of each framework version.
struct AddDiagnosis: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("scope_week_tallies")
            .field("late_for_verified_obstacle", .int, .required, .sql(.default(0)))
            .update()
        try await database.schema("diagnosis_signal_maps")
            .id()
            .field("organization_id", .uuid, .required, .references("organizations", "id"))
            .field("framework_id", .uuid, .required)
            .field("version", .int, .required)
            .field("areas", .string, .required)
            .field("updated_by", .uuid)
            .field("updated_at", .datetime, .required)
            .unique(on: "organization_id", "framework_id", "version")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("diagnosis_signal_maps").delete()
        try await database.schema("scope_week_tallies").deleteField("late_for_verified_obstacle").update()
    }
}
