import Foundation
import KeelStore
import SalesDomain
import Vapor

/// `/api/v1/competence/calibrations`: exercises where several managers independently rate the
/// same cases, with their agreement (ICC) and each rater's leniency (SPEC §1). Who sees an
/// exercise is the domain's rule (``AccessPolicy/canRead(_:)-(CalibrationExercise)``), the web
/// pages' too: those who read the whole organization, and its raters; anyone else is told the
/// exercise does not exist.
enum CalibrationsAPIController {
    static func register(on competence: any RoutesBuilder) {
        competence.on(.GET, "calibrations", access: .signedIn(.readOthers), use: list)
        competence.on(.POST, "calibrations", access: .signedIn(.configureRules), use: create)
        competence.on(.GET, "calibrations", ":exerciseID", access: .signedIn(.readOthers), use: show)
        competence.on(.PUT, "calibrations", ":exerciseID", "scores", access: .signedIn(.readOthers), use: score)
        competence.on(.POST, "calibrations", ":exerciseID", "close", access: .signedIn(.configureRules), use: close)
    }

    @Sendable
    static func list(_ request: Request) async throws -> ListResource<CalibrationExerciseResource> {
        let exercises = try await request.competence.calibrationExercises(for: try await request.policy())
        return ListResource(items: exercises.map(CalibrationExerciseResource.init), total: exercises.count)
    }

    @Sendable
    static func create(_ request: Request) async throws -> Response {
        let body = try request.content.decode(CalibrationCreateRequest.self)
        let store = try request.competence
        var exercise = body.exercise(organizationID: store.organizationID, openedAt: request.now)
        exercise.targets += try await teamTargets(body.teamIDs, beside: exercise, request: request)
        exercise = try await store.createCalibrationExercise(exercise, actor: try request.signedIn.person.id, at: request.now)
        let response = Response(status: .created)
        response.headers.replaceOrAdd(name: .location, value: "/api/v1/competence/calibrations/\(exercise.id)")
        try response.content.encode(CalibrationExerciseResource(exercise), as: .json)
        return response
    }

    /// The targets `teamIDs` adds, resolved as the form resolves its choice of people and teams
    /// (``CalibrationCandidates``): everyone a chosen team brings in whom no target names yet. A
    /// person named who is out of the viewer's reach and a team that cannot be chosen are refused
    /// together with the exercise's other problems, all at once; an id nobody has is the store's
    /// to tell, beside the exercise's framework and raters.
    static func teamTargets(_ teamIDs: [UUID], beside exercise: CalibrationExercise, request: Request) async throws -> [CalibrationTarget] {
        let candidates = try await request.competence.calibrationCandidates(for: try await request.policy())
        let named = exercise.targets.compactMap(\.personID)
        let outOfReach = candidates.resolve(people: named.map(\.description), field: "targets").problems.filter { $0.code != .notFound }
        let chosen = candidates.resolve(teams: teamIDs.map { Team.ID($0).description }, field: "teamIDs")
        guard outOfReach.isEmpty, chosen.problems.isEmpty else {
            throw FieldErrors(outOfReach + chosen.problems + exercise.shapeProblems.filter { $0.field != "targets" })
        }
        return chosen.people.filter { !named.contains($0.id) }.map { CalibrationTarget(id: .init(UUID()), title: $0.name, personID: $0.id) }
    }

    @Sendable
    static func show(_ request: Request) async throws -> CalibrationResultsResource {
        let screen = try await request.competence.calibrationScreen(try request.calibrationExerciseID(), for: try await request.policy())
        return CalibrationResultsResource(screen.results, text: Localizer(request.language))
    }

    /// Only the exercise's raters score, each as themselves; a leader who is not a rater sees the
    /// exercise but may not score in it (403).
    @Sendable
    static func score(_ request: Request) async throws -> CalibrationScoreResource {
        let exercise = try await request.calibrationExerciseToScore()
        let viewer = try request.signedIn.person
        let body = try request.content.decode(CalibrationScoreRequest.self)
        let score = CalibrationScore(
            exerciseID: exercise.id, targetID: .init(body.targetID), raterID: viewer.id, competencyID: .init(body.competencyID), level: body.level)
        return CalibrationScoreResource(try await request.competence.recordCalibrationScore(score, at: request.now))
    }

    /// Closing is final: a second close is 409, naming `status`.
    @Sendable
    static func close(_ request: Request) async throws -> CalibrationExerciseResource {
        let exercise = try await request.visibleCalibrationExercise()
        return CalibrationExerciseResource(
            try await request.competence.closeCalibrationExercise(exercise.id, actor: try request.signedIn.person.id, at: request.now))
    }
}
