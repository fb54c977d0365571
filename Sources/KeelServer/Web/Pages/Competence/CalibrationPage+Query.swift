import KeelStore
import SalesDomain
import Vapor

extension CalibrationPage.Model {
    /// An exercise's agreement and leniency, for leadership and for the exercise's own raters
    /// (``CompetenceStore/calibrationScreen(_:for:)``, whose results `GET …/calibrations/{id}` encodes).
    static func query(_ request: Request) async throws -> Self {
        Self(screen: try await request.competence.calibrationScreen(try request.calibrationExerciseID(), for: try await request.policy()))
    }

    init(screen: CalibrationScreen, errors: [FieldError] = []) {
        self.init(
            results: screen.results, framework: screen.framework, raterNames: screen.raterNames, targetNames: screen.targetNames,
            scoresByRater: screen.scoresByRater, viewerIsRater: screen.viewerIsRater, canClose: screen.viewerMayClose, errors: errors)
    }
}
