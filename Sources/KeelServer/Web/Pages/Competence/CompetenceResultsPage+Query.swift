import KeelStore
import SalesDomain
import Vapor

extension CompetenceResultsPage.Model {
    /// The results of the person in the path, whom the viewer must be allowed to see. A person
    /// looking at their own results in an open cycle gets the page without them.
    static func query(_ request: Request, errors: [FieldError] = [], notice: String? = nil) async throws -> Self {
        let viewer = try request.signedIn.person
        let store = try request.competence
        let cycleID = try request.id("cycleID", as: AssessmentCycle.ID.self, entity: "assessment cycle")
        let personID = try request.id("personID", as: Person.ID.self, entity: "person")
        let person = personID == viewer.id ? viewer : try await request.visiblePerson(personID)
        let summaries = try await store.cycleSummaries()
        guard let cycle = summaries.first(where: { $0.id == cycleID }) else { throw APIError.notFound() }
        guard let framework = try await store.framework(cycle.framework) else { throw APIError.notFound() }
        let viewerIsPerson = person.id == viewer.id
        let results: PersonCompetenceResults? = viewerIsPerson && cycle.status == .open
            ? nil : try await store.personResults(cycle: cycleID, person: person.id, readBy: viewer.id)
        let trends = try await store.trends(of: person.id)
        return Self(
            cycle: cycle, cycleNames: Dictionary(summaries.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first }),
            framework: framework, person: person, results: results,
            trends: Dictionary(trends.map { ($0.competencyID, $0) }, uniquingKeysWith: { first, _ in first }),
            viewerIsPerson: viewerIsPerson, errors: errors, notice: notice)
    }
}
