import FluentKit

struct CreateCalibrationExercises: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("calibration_exercises")
            .id()
            .field("organization_id", .uuid, .required, .references("organizations", "id"))
            .field("name", .string, .required)
            .field("framework_version_id", .uuid, .required, .references("framework_versions", "id"))
            .field("opened_at", .datetime, .required)
            .field("opened_by", .uuid, .references("people", "id"))
            .field("closed_at", .datetime)
            .field("closed_by", .uuid, .references("people", "id"))
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("calibration_exercises").delete()
    }
}
