import Foundation
import SalesDomain

extension CompetenceStore {
    /// An exercise's page, for leadership and for its own raters (anyone else is told it does
    /// not exist): ``calibrationResults(_:)``, the names of its raters and targets, each rater's
    /// progress, and whether the viewer scores in it or may close it.
    public func calibrationScreen(_ id: CalibrationExercise.ID, for policy: AccessPolicy) async throws -> CalibrationScreen {
        let exercise = try await calibrationExercise(id, for: policy)
        let scores = try await calibrationScores(of: exercise)
        let raters = try await directory.people(ids: exercise.raterIDs)
        return CalibrationScreen(
            results: calibrationResults(of: exercise, scores: scores), framework: try await framework(exercise.framework),
            raterNames: Dictionary(raters.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first }),
            targetNames: try await targetNames(of: exercise),
            scoresByRater: Dictionary(grouping: scores, by: \.raterID).mapValues(\.count),
            viewerIsRater: policy.score(in: exercise) == .allowed, viewerMayClose: policy.has(.configureRules))
    }

    /// The exercise for one of its raters to score in (``AccessPolicy/score(in:)``): a leader
    /// who sees it without rating in it is forbidden, anyone who may not see it told it does
    /// not exist — the score sheet and `PUT …/scores` alike.
    public func calibrationExerciseToScore(_ id: CalibrationExercise.ID, for policy: AccessPolicy) async throws -> CalibrationExercise {
        let exercise = try await calibrationExercise(id, for: policy)
        let decision = policy.score(in: exercise)
        guard decision == .allowed else {
            throw AccessRefused(decision, entity: "calibration exercise", field: "exerciseID",
                                problem: decision == .forbidden ? Problem(.onlyRatersScore) : nil)
        }
        return exercise
    }

    /// The viewer's own score sheet in an exercise they rate in (``calibrationExerciseToScore(_:for:)``).
    public func calibrationSheet(_ id: CalibrationExercise.ID, for policy: AccessPolicy) async throws -> CalibrationSheet {
        let exercise = try await calibrationExerciseToScore(id, for: policy)
        guard let framework = try await framework(exercise.framework) else {
            throw RecordNotFound(entity: "framework", id: exercise.framework.frameworkID.description)
        }
        var levels: [CalibrationTarget.ID: [Competency.ID: Int]] = [:]
        for score in try await calibrationScores(of: exercise) where score.raterID == policy.viewer.personID {
            levels[score.targetID, default: [:]][score.competencyID] = score.level
        }
        return CalibrationSheet(exercise: exercise, framework: framework, levels: levels, targetNames: try await targetNames(of: exercise))
    }

    /// A person target goes by the person's current name; a case by its title.
    func targetNames(of exercise: CalibrationExercise) async throws -> [CalibrationTarget.ID: String] {
        let people = Dictionary(try await directory.people(ids: exercise.targets.compactMap(\.personID)).map { ($0.id, $0.name) },
                                uniquingKeysWith: { first, _ in first })
        var names: [CalibrationTarget.ID: String] = [:]
        for target in exercise.targets {
            names[target.id] = target.personID.flatMap { people[$0] } ?? target.title
        }
        return names
    }
}
