import KeelStore
import SalesDomain
import Vapor

extension CalibrationFormPage.Model {
    /// The form's choices (``CompetenceStore/calibrationFormChoices(framework:for:)``), with the
    /// framework version asked for chosen.
    static func query(_ request: Request, framework chosen: FrameworkVersionReference?) async throws -> Self {
        Self(choices: try await request.competence.calibrationFormChoices(framework: chosen, for: try await request.policy()))
    }

    init(choices: CalibrationFormChoices) {
        self.init(
            frameworks: choices.frameworks, framework: choices.framework, raters: choices.raters,
            candidates: choices.candidates)
    }
}
