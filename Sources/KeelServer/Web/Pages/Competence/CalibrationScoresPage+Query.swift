import KeelStore
import SalesDomain
import Vapor

extension CalibrationScoresPage.Model {
    /// The signed-in rater's sheet. Someone who may not see the exercise gets 404; leadership
    /// sees it but scores only when they are one of its raters.
    static func query(_ request: Request) async throws -> Self {
        let viewer = try request.signedIn.person
        let store = try request.competence
        let exercise = try await request.calibrationExerciseToScore()
        guard let framework = try await store.framework(exercise.framework) else { throw APIError.notFound() }
        var levels: [CalibrationTarget.ID: [Competency.ID: Int]] = [:]
        for score in try await store.calibrationScores(exercise.id) where score.raterID == viewer.id {
            levels[score.targetID, default: [:]][score.competencyID] = score.level
        }
        return Self(exercise: exercise, framework: framework, levels: levels,
                    targetNames: try await request.targetNames(exercise))
    }
}

extension Request {
    /// A person target goes by the person's current name; a case by its title.
    func targetNames(_ exercise: CalibrationExercise) async throws -> [CalibrationTarget.ID: String] {
        let people = Dictionary(try await directory.people(ids: exercise.targets.compactMap(\.personID)).map { ($0.id, $0.name) },
                                uniquingKeysWith: { first, _ in first })
        var names: [CalibrationTarget.ID: String] = [:]
        for target in exercise.targets {
            names[target.id] = target.personID.flatMap { people[$0] } ?? target.title
        }
        return names
    }
}
