import KeelStore
import SalesDomain
import Vapor

extension CompetenceResultsPage.Model {
    /// The results of the person in the path, as the store answers them for the viewer
    /// (``CompetenceStore/resultsScreen(cycle:person:for:)``, whose results `GET …/results/{personID}`
    /// encodes and whose trends `GET …/competence-trends` does).
    static func query(_ request: Request, errors: [FieldError] = [], notice: String? = nil) async throws -> Self {
        Self(screen: try await request.competence.resultsScreen(
            cycle: try request.id("cycleID", as: AssessmentCycle.ID.self, entity: "assessment cycle"),
            person: try request.id("personID", as: Person.ID.self, entity: "person"),
            for: try await request.policy()), errors: errors, notice: notice)
    }

    init(screen: CompetenceResultsScreen, errors: [FieldError] = [], notice: String? = nil) {
        self.init(
            cycle: screen.cycle, cycleNames: screen.cycleNames, framework: screen.framework, person: screen.person,
            results: screen.results, withheld: screen.withheld,
            trends: Dictionary(screen.trends.map { ($0.competencyID, $0) }, uniquingKeysWith: { first, _ in first }),
            viewerIsPerson: screen.viewerIsPerson, errors: errors, notice: notice)
    }
}
