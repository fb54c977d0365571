import KeelStore
import SalesDomain
import Vapor

extension CalibrationScoresPage.Model {
    /// The signed-in rater's sheet (``CompetenceStore/calibrationSheet(_:for:)``). Someone who
    /// may not see the exercise gets 404; leadership sees it but scores only when they are one of
    /// its raters.
    static func query(_ request: Request) async throws -> Self {
        Self(sheet: try await request.competence.calibrationSheet(try request.calibrationExerciseID(), for: try await request.policy()))
    }

    init(sheet: CalibrationSheet, entered: [String: String] = [:], errors: [FieldError] = [], notice: String? = nil) {
        self.init(exercise: sheet.exercise, framework: sheet.framework, levels: sheet.levels, targetNames: sheet.targetNames,
                  entered: entered, errors: errors, notice: notice)
    }
}
