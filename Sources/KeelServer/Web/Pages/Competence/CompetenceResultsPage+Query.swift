import KeelStore
import SalesDomain
import Vapor

extension CompetenceResultsPage.Model {
    /// The results of the person in the path, as the store answers them for the viewer
    /// (``CompetenceStore/personResults(cycle:person:for:)``, which `GET …/results/{personID}`
    /// asks too). A person out of reach is not found; a person looking at their own results in an
    /// open cycle gets the page with the store's refusal where the results would be.
    static func query(_ request: Request, errors: [FieldError] = [], notice: String? = nil) async throws -> Self {
        let viewer = try request.signedIn.person
        let store = try request.competence
        let cycleID = try request.id("cycleID", as: AssessmentCycle.ID.self, entity: "assessment cycle")
        let personID = try request.id("personID", as: Person.ID.self, entity: "person")
        var results: PersonCompetenceResults?
        var withheld: Problem?
        do {
            results = try await store.personResults(cycle: cycleID, person: personID, for: try await request.policy())
        } catch let refusal as FieldError where refusal.problem.key == .resultsShownAfterClose {
            withheld = refusal.problem
        }
        // The store has checked the viewer may read the person.
        guard let person = personID == viewer.id ? viewer : try await request.directory.person(personID) else { throw APIError.notFound() }
        let summaries = try await store.cycleSummaries()
        guard let cycle = summaries.first(where: { $0.id == cycleID }) else { throw APIError.notFound() }
        guard let framework = try await store.framework(cycle.framework) else { throw APIError.notFound() }
        let trends = try await store.trends(of: person.id)
        return Self(
            cycle: cycle, cycleNames: Dictionary(summaries.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first }),
            framework: framework, person: person, results: results, withheld: withheld,
            trends: Dictionary(trends.map { ($0.competencyID, $0) }, uniquingKeysWith: { first, _ in first }),
            viewerIsPerson: person.id == viewer.id, errors: errors, notice: notice)
    }
}
