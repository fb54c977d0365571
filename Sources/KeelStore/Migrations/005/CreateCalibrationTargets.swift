import FluentKit

struct CreateCalibrationTargets: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("calibration_targets")
            .id()
            .field("exercise_id", .uuid, .required, .references("calibration_exercises", "id"))
            .field("title", .string, .required)
            // Set for a person; null for a written or recorded case.
            .field("person_id", .uuid, .references("people", "id"))
            .field("material", .string, .required)
            .field("position", .int, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("calibration_targets").delete()
    }
}
