import Foundation
import SalesDomain

extension CompetenceStore {
    /// The results page for a viewer: ``personResults(cycle:person:for:)`` — a person out of
    /// reach is not found; one's own results in an open cycle are withheld, the page saying why
    /// where they would be — with the cycle, its framework and the person's trend.
    public func resultsScreen(
        cycle cycleID: AssessmentCycle.ID, person personID: Person.ID, for policy: AccessPolicy
    ) async throws -> CompetenceResultsScreen {
        var results: PersonCompetenceResults?
        var withheld: Problem?
        do {
            results = try await personResults(cycle: cycleID, person: personID, for: policy)
        } catch let refusal as FieldError where refusal.problem.key == .resultsShownAfterClose {
            withheld = refusal.problem
        }
        guard let person = try await directory.person(personID) else {
            throw AccessRefused(.notFound, entity: "person", field: "personID")
        }
        let summaries = try await cycleSummaries()
        guard let cycle = summaries.first(where: { $0.id == cycleID }) else {
            throw AccessRefused(.notFound, entity: "assessment cycle", field: "cycleID")
        }
        guard let framework = try await framework(cycle.framework) else {
            throw RecordNotFound(entity: "framework", id: cycle.framework.frameworkID.description)
        }
        return CompetenceResultsScreen(
            cycle: cycle, cycleNames: Dictionary(summaries.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first }),
            framework: framework, person: person, results: results, withheld: withheld,
            trends: try await trends(of: person, for: policy), viewerIsPerson: person.id == policy.viewer.personID)
    }

    /// How a person's levels moved across the closed cycles, for a viewer who may read them
    /// (``AccessPolicy/readTrends(of:)``); anyone out of reach is not found.
    public func trends(of personID: Person.ID, for policy: AccessPolicy) async throws -> [CompetencyTrend] {
        guard let person = try await directory.person(personID) else {
            throw AccessRefused(.notFound, entity: "person", field: "personID")
        }
        return try await trends(of: person, for: policy)
    }

    func trends(of person: Person, for policy: AccessPolicy) async throws -> [CompetencyTrend] {
        try policy.readTrends(of: person)
        return try await trends(of: person.id)
    }

    /// The viewer's comment on their own results (``AccessPolicy/commentOnResults(of:)``): a
    /// person out of reach or a cycle that does not exist is not found, anyone else's results
    /// forbidden; then ``commentOnResults(cycle:by:text:at:)`` checks the text and the cycle.
    @discardableResult
    public func commentOnResults(
        cycle cycleID: AssessmentCycle.ID, person personID: Person.ID, text: String, for policy: AccessPolicy, at date: Date
    ) async throws -> ResultComment {
        guard try await cycleModel(cycleID) != nil else {
            throw AccessRefused(.notFound, entity: "assessment cycle", field: "cycleID")
        }
        guard let person = try await directory.person(personID) else {
            throw AccessRefused(.notFound, entity: "person", field: "personID")
        }
        try policy.commentOnResults(of: person)
        return try await commentOnResults(cycle: cycleID, by: person.id, text: text, at: date)
    }
}
