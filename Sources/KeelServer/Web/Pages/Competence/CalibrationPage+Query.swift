import KeelStore
import SalesDomain
import Vapor

extension CalibrationPage.Model {
    /// An exercise's agreement and leniency, for leadership and for the exercise's own raters.
    static func query(_ request: Request) async throws -> Self {
        let policy = try await request.policy()
        let store = try request.competence
        let exercise = try await request.visibleCalibrationExercise()
        let id = exercise.id
        let names = Dictionary(try await request.directory.people(ids: exercise.raterIDs).map { ($0.id, $0.name) },
                               uniquingKeysWith: { first, _ in first })
        let scoresByRater = Dictionary(grouping: try await store.calibrationScores(id), by: \.raterID).mapValues(\.count)
        return Self(
            results: try await store.calibrationResults(id), framework: try await store.framework(exercise.framework),
            raterNames: names, targetNames: try await request.targetNames(exercise), scoresByRater: scoresByRater,
            viewerIsRater: policy.score(in: exercise) == .allowed, canClose: policy.has(.configureRules))
    }
}
