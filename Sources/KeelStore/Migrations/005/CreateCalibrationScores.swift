import FluentKit

struct CreateCalibrationScores: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("calibration_scores")
            .id()
            .field("organization_id", .uuid, .required, .references("organizations", "id"))
            .field("exercise_id", .uuid, .required, .references("calibration_exercises", "id"))
            .field("target_id", .uuid, .required, .references("calibration_targets", "id"))
            .field("rater_id", .uuid, .required, .references("people", "id"))
            .field("competency_id", .uuid, .required)
            .field("level", .int, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "exercise_id", "target_id", "rater_id", "competency_id", name: "calibration_scores_unique")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("calibration_scores").delete()
    }
}
