import FluentKit

struct CreateCalibrationCompetencies: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("calibration_competencies")
            .id()
            .field("exercise_id", .uuid, .required, .references("calibration_exercises", "id"))
            .field("competency_id", .uuid, .required)
            .field("position", .int, .required)
            .unique(on: "exercise_id", "competency_id", name: "calibration_competencies_unique")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("calibration_competencies").delete()
    }
}
