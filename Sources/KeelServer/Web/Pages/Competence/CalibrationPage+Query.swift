import KeelStore
import SalesDomain
import Vapor

extension CalibrationPage.Model {
    /// An exercise's agreement and leniency, for leadership and for the exercise's own raters.
    static func query(_ request: Request) async throws -> Self {
        let viewer = try request.signedIn.person
        let policy = try await request.policy()
        let store = try request.competenceStore
        let id = try request.id("exerciseID", as: CalibrationExercise.ID.self, entity: "calibration exercise")
        guard let exercise = try await store.calibrationExercise(id),
              policy.canReadOrganization || exercise.raterIDs.contains(viewer.id)
        else { throw APIError.notFound("calibration exercise") }
        var names: [Person.ID: String] = [:]
        for rater in exercise.raterIDs { names[rater] = try await request.directory.person(rater)?.name }
        return Self(results: try await store.calibrationResults(id), framework: try await store.framework(exercise.framework), raterNames: names)
    }
}
