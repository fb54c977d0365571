import Foundation
import SalesDomain

extension CompetenceStore {
    /// The form the viewer fills in on `rateeID` in a cycle: a self-assessment on themselves, a
    /// manager rating on someone in their team or below, else a peer rating on a teammate
    /// (``RaterEligibility/source(rater:ratee:hierarchy:)``). A person outside the cycle, or
    /// not the viewer's to rate, is not found (``AccessRefused``), as is an unknown cycle.
    public func ratingForm(cycle cycleID: AssessmentCycle.ID, ratee rateeID: Person.ID, for policy: AccessPolicy) async throws -> RatingForm {
        guard let cycle = try await cycle(cycleID) else { throw AccessRefused(.notFound, entity: "assessment cycle", field: "cycleID") }
        let notYours = AccessRefused(.notFound, entity: "person", field: "personID")
        guard cycle.participantIDs.contains(rateeID),
              let rater = try await directory.person(policy.viewer.personID),
              let ratee = rateeID == rater.id ? rater : try await directory.person(rateeID),
              let source = RaterEligibility.source(rater: rater, ratee: ratee, hierarchy: try await directory.hierarchy())
        else { throw notYours }
        guard let framework = try await framework(cycle.framework) else { throw RecordNotFound(entity: "framework", id: cycle.framework.description) }
        let targets = try await applicableProfile(to: ratee, framework: framework.id)?.targets ?? [:]
        let given = Dictionary(
            try await ratings(in: cycle.id, by: rater.id).filter { $0.rateeID == ratee.id }.map { ($0.competencyID, $0) },
            uniquingKeysWith: { first, _ in first })
        let references = try await ratingReferences(cycle: cycle, ratee: ratee.id, source: source)
        let items = framework.competencies.compactMap { competency in
            targets[competency.id].map {
                RatingForm.Item(competency: competency, targetLevel: $0, rating: given[competency.id], reference: references[competency.id] ?? RatingReference())
            }
        }
        return RatingForm(cycle: cycle, scale: framework.scale, ratee: ratee, source: source, items: items)
    }
}
