import KeelStore
import SalesDomain
import Vapor

extension Request {
    /// The exercise named in the path, for leadership and for the exercise's own raters; anyone
    /// else gets 404, as if it did not exist. The calibration pages and the API ask it alike.
    func visibleCalibrationExercise() async throws -> CalibrationExercise {
        try await competence.calibrationExercise(calibrationExerciseID(), for: try await policy())
    }

    /// The exercise named in the path, for one of its raters to score in
    /// (``CompetenceStore/calibrationExerciseToScore(_:for:)``): a leader who sees it without
    /// rating in it gets 403, the score sheet page and `PUT …/scores` alike.
    func calibrationExerciseToScore() async throws -> CalibrationExercise {
        try await competence.calibrationExerciseToScore(calibrationExerciseID(), for: try await policy())
    }

    func calibrationExerciseID() throws -> CalibrationExercise.ID {
        try id("exerciseID", as: CalibrationExercise.ID.self, entity: "calibration exercise")
    }
}
