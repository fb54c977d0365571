import FluentKit

struct CreateCalibrationRaters: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("calibration_raters")
            .id()
            .field("exercise_id", .uuid, .required, .references("calibration_exercises", "id"))
            .field("person_id", .uuid, .required, .references("people", "id"))
            .field("position", .int, .required)
            .unique(on: "exercise_id", "person_id", name: "calibration_raters_unique")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("calibration_raters").delete()
    }
}
