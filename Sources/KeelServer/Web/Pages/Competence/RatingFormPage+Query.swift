import KeelStore
import SalesDomain
import Vapor

extension RatingFormPage.Model {
    /// The form `viewer` fills in on the person in the path: a self-assessment on themselves, a
    /// manager rating on someone in their team or below, else a peer rating on a teammate.
    /// Anyone else is not found.
    static func query(
        _ request: Request, entered: [String: String] = [:], errors: [FieldError] = [], notice: String? = nil
    ) async throws -> Self {
        let viewer = try request.signedIn.person
        let store = try request.competence
        let cycleID = try request.id("cycleID", as: AssessmentCycle.ID.self, entity: "assessment cycle")
        let personID = try request.id("personID", as: Person.ID.self, entity: "person")
        guard let cycle = try await store.cycle(cycleID) else { throw APIError.notFound() }
        guard cycle.participantIDs.contains(personID) else { throw APIError.notFound() }
        let ratee: Person
        let source: RatingSource
        if personID == viewer.id {
            ratee = viewer
            source = .selfAssessment
        } else {
            guard let person = try await request.directory.person(personID) else { throw APIError.notFound() }
            guard let eligible = RaterEligibility.source(rater: viewer, ratee: person, hierarchy: try await request.directory.hierarchy())
            else { throw APIError.notFound() }
            source = eligible
            ratee = person
        }
        guard let framework = try await store.framework(cycle.framework) else { throw APIError.notFound() }
        let profile = try await store.applicableProfile(to: ratee, framework: framework.id)
        let given = Dictionary(
            try await store.ratings(in: cycle.id, by: viewer.id).filter { $0.rateeID == ratee.id }.map { ($0.competencyID, $0) },
            uniquingKeysWith: { first, _ in first })
        let targets = profile?.targets ?? [:]
        let references = try await store.ratingReferences(cycle: cycle, ratee: ratee.id, source: source)
        let items = framework.competencies.compactMap { competency in
            targets[competency.id].map {
                RatingFormPage.Item(
                    competency: competency, targetLevel: $0, rating: given[competency.id], reference: references[competency.id] ?? RatingReference())
            }
        }
        return Self(
            cycle: cycle, scale: framework.scale, ratee: ratee, source: source, items: items,
            entered: entered, errors: errors, notice: notice)
    }
}
