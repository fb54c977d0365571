import Foundation
import SalesDomain

/// The stored result of one person on one competency in one cycle (`competence_results`):
/// everything a results page and the heatmap need, so neither reads ratings.
struct CompetenceResultRow: Hashable, Sendable {
    struct Key: Hashable, Sendable {
        var cycleID: AssessmentCycle.ID
        var personID: Person.ID
        var competencyID: Competency.ID
    }

    var cycleID: AssessmentCycle.ID
    var personID: Person.ID
    var competencyID: Competency.ID
    /// Consolidated by the cycle's policy; `nil` while no weighted source has submitted.
    var level: Double?
    var sources: [RatingSource]
    var selfLevel: Double?
    /// Mean of the submitted manager ratings.
    var managerLevel: Double?
    var managerCount: Int
    /// Distinct peers who submitted.
    var peerCount: Int
    /// Only with at least ``PeerAggregate/minimumRaterCount`` peers.
    var peerMean: Double?
    var targetLevel: Int?
    var weight: Double?
    var placement: CompetencePlacement

    var key: Key { Key(cycleID: cycleID, personID: personID, competencyID: competencyID) }

    /// What the result adds to each of its heatmap cells; `nil` without a consolidated level.
    var tally: HeatmapTally? { level.map { HeatmapTally(level: $0, target: targetLevel) } }

    /// The same result with the target and weight of `profile` (none when it has no entry for
    /// the competency), counted where `placement` says.
    func placed(_ placement: CompetencePlacement, profile: RoleProfile?) -> CompetenceResultRow {
        var row = self
        row.placement = placement
        let entry = profile?.entry(for: competencyID)
        row.targetLevel = entry?.targetLevel
        row.weight = entry?.weight
        return row
    }

    var consolidatedLevel: ConsolidatedLevel? {
        level.map { ConsolidatedLevel(cycleID: cycleID, personID: personID, competencyID: competencyID, level: $0, sources: sources) }
    }
}

extension ConsolidationPolicy {
    /// Consolidating with only the self-assessment weighted gives the self level; with only the
    /// manager weighted (``managerRating``), the mean manager level.
    static let selfAssessmentOnly: ConsolidationPolicy = {
        do {
            return try ConsolidationPolicy(managerWeight: 0, selfWeight: 1, peerWeight: 0)
        } catch {
            preconditionFailure("a self-only policy is valid: \(error)")
        }
    }()
}

extension CompetenceResultRow {
    /// One person's result rows in one cycle, from that person's ratings in the cycle (drafts
    /// are ignored): one row per competency with at least one submitted rating.
    ///
    /// Every figure comes from the domain's definitions: the level from
    /// ``LevelConsolidation/consolidate(_:policy:adjustment:)`` under the cycle's policy, the self
    /// and manager levels from the same function under single-source policies, and the peer mean
    /// from ``PeerAggregate/visible(for:competency:cycle:in:)``.
    static func rows(
        cycleID: AssessmentCycle.ID, personID: Person.ID, ratings: [Rating], policy: ConsolidationPolicy,
        placement: CompetencePlacement, profile: RoleProfile?
    ) -> [CompetenceResultRow] {
        let submitted = ratings.filter { $0.isSubmitted && $0.cycleID == cycleID && $0.rateeID == personID }
        func byCompetency(_ levels: [ConsolidatedLevel]) -> [Competency.ID: ConsolidatedLevel] {
            Dictionary(levels.map { ($0.competencyID, $0) }, uniquingKeysWith: { first, _ in first })
        }
        let consolidated = byCompetency(LevelConsolidation.consolidate(submitted, policy: policy))
        let selfLevels = byCompetency(LevelConsolidation.consolidate(submitted, policy: .selfAssessmentOnly))
        let managerLevels = byCompetency(LevelConsolidation.consolidate(submitted, policy: .managerRating))
        return Dictionary(grouping: submitted, by: \.competencyID)
            .map { competencyID, ratings in
                func raters(_ source: RatingSource) -> Int {
                    Set(ratings.filter { $0.source == source }.map(\.raterID)).count
                }
                let row = CompetenceResultRow(
                    cycleID: cycleID, personID: personID, competencyID: competencyID,
                    level: consolidated[competencyID]?.level, sources: consolidated[competencyID]?.sources ?? [],
                    selfLevel: selfLevels[competencyID]?.level, managerLevel: managerLevels[competencyID]?.level,
                    managerCount: raters(.manager), peerCount: raters(.peer),
                    peerMean: PeerAggregate.visible(for: personID, competency: competencyID, cycle: cycleID, in: ratings)?.meanLevel,
                    targetLevel: nil, weight: nil, placement: placement
                )
                return row.placed(placement, profile: profile)
            }
            .sorted { $0.competencyID < $1.competencyID }
    }
}
