import FluentKit
import Foundation
import SalesDomain

extension CompetenceStore {
    /// What a rater of `source` sees beside the scale while rating `ratee` in `cycle`, per
    /// competency (``RatingReference/references(for:ratee:cycle:ratings:earlier:)`` decides who
    /// sees what): the ratee's self-assessment in the cycle and their consolidated levels in the
    /// framework's earlier closed cycles (``CycleMoment/earlierClosed(among:)``), read only when
    /// the rater may see them. A few rows: one person's ratings and result rows.
    public func ratingReferences(cycle: AssessmentCycle, ratee: Person.ID, source: RatingSource) async throws -> [Competency.ID: RatingReference] {
        guard source != .peer else { return [:] }
        var selfRatings: [Rating] = []
        if source == .manager {
            selfRatings = try await RatingModel.query(on: database)
                .filter(\.$organizationID == org).filter(\.$cycleID == cycle.id.rawValue).filter(\.$rateeID == ratee.rawValue)
                .filter(\.$source == RatingSource.selfAssessment.rawValue)
                .all().compactMap(\.domain)
        }
        let moments = try await cycleSummaries().map {
            CycleMoment(id: $0.id, name: $0.name, frameworkID: $0.framework.frameworkID, openedAt: $0.openedAt, closedAt: $0.closedAt)
        }
        let current = CycleMoment(
            id: cycle.id, name: cycle.name, frameworkID: cycle.framework.frameworkID, openedAt: cycle.openedAt, closedAt: cycle.closedAt)
        var earlier: [(cycle: CycleMoment, levels: [Competency.ID: Double])] = []
        for moment in current.earlierClosed(among: moments) {
            earlier.append((moment, try await consolidatedLevels(cycle: moment.id, people: [ratee])[ratee] ?? [:]))
        }
        return RatingReference.references(for: source, ratee: ratee, cycle: cycle.id, ratings: selfRatings, earlier: earlier)
    }
}
