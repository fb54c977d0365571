import FluentKit
import Foundation
import KeelStore
import SalesDomain
import SQLKit
import Testing

/// Recomputes a cycle's results and heatmaps from scratch — every rating read back from the
/// database, the people and teams as they are now, the pure domain functions — and expects the
/// store's rollups to say the same.
struct CompetenceRollupCheck {
    let database: any Database
    let organizationID: Organization.ID

    var store: CompetenceStore { CompetenceStore(database: database, organizationID: organizationID) }

    /// Every rating of a cycle as stored.
    func ratings(in cycle: AssessmentCycle.ID) async throws -> [Rating] {
        struct Row: Decodable {
            var id: UUID, cycle_id: UUID, rater_id: UUID, ratee_id: UUID, competency_id: UUID
            var source: String, level: Int, evidence: String, updated_at: Date, submitted_at: Date?
        }
        return try await (database as! any SQLDatabase).select().column("*").from("ratings")
            .where("cycle_id", .equal, cycle.rawValue).all(decoding: Row.self)
            .map { row in
                Rating(
                    id: .init(row.id), cycleID: .init(row.cycle_id), raterID: .init(row.rater_id), rateeID: .init(row.ratee_id),
                    competencyID: .init(row.competency_id), source: RatingSource(rawValue: row.source)!, level: row.level,
                    evidence: row.evidence, updatedAt: row.updated_at, submittedAt: row.submitted_at)
            }
    }

    /// Each person's heatmap input, recomputed: consolidated levels under the cycle's policy,
    /// current team, market and job role, and the targets of the profile that applies now.
    func expectedEntries(cycle: AssessmentCycle.ID) async throws -> [HeatmapEntry] {
        let summary = try #require(try await store.cycleSummaries().first { $0.id == cycle })
        let levels = LevelConsolidation.consolidate(try await ratings(in: cycle), policy: summary.policy)
        let people = try await Directory(database: database, organizationID: organizationID)
            .people(PeopleQuery(scope: .organization, viewerID: nil, limit: 100_000)).people
        let profiles = try await store.roleProfiles(framework: summary.framework.frameworkID)
        return people.compactMap { person in
            let own = levels.levels(of: person.id, in: cycle)
            guard !own.isEmpty else { return nil }
            return HeatmapEntry(
                person: person, levels: own,
                profile: RoleProfile.applicable(to: person, framework: summary.framework.frameworkID, among: profiles))
        }
    }

    func verify(cycle: AssessmentCycle.ID, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let entries = try await expectedEntries(cycle: cycle)
        let teams = try await Directory(database: database, organizationID: organizationID).teams()
        let hierarchy = TeamHierarchy(teams)

        // The result rows, through the drill-down of the whole organization.
        let stored = try await store.people(in: .organization, cycle: cycle).filter { !$0.levels.isEmpty }
        let expectedByPerson = Dictionary(uniqueKeysWithValues: entries.map { ($0.personID, $0) })
        #expect(stored.count == entries.count, sourceLocation: sourceLocation)
        for entry in stored {
            let expected = try #require(expectedByPerson[entry.personID], sourceLocation: sourceLocation)
            #expect(entry.teamID == expected.teamID && entry.marketID == expected.marketID && entry.jobRole == expected.jobRole,
                    sourceLocation: sourceLocation)
            #expect(Set(entry.levels.keys) == Set(expected.levels.keys), sourceLocation: sourceLocation)
            for (competency, level) in entry.levels {
                #expect(abs(level - expected.levels[competency]!) < 1e-9, sourceLocation: sourceLocation)
                #expect(entry.targets[competency] == expected.targets[competency], sourceLocation: sourceLocation)
            }
        }

        // Every team level, with and without a job-role filter, and the markets.
        for role in [nil] + JobRole.allCases.filter(\.isSellingRole) {
            for parent in [nil] + teams.map(\.id) as [Team.ID?] {
                let placed = Self.placed(entries, under: parent, teams: teams, hierarchy: hierarchy)
                Self.expectSame(
                    try await store.heatmap(cycle: cycle, rows: .teams(under: parent), jobRole: role),
                    CompetenceHeatmap(entries: placed, grouping: .teams, jobRole: role), sourceLocation: sourceLocation)
            }
            Self.expectSame(
                try await store.heatmap(cycle: cycle, rows: .markets, jobRole: role),
                CompetenceHeatmap(entries: entries, grouping: .markets, jobRole: role), sourceLocation: sourceLocation)
            var total: [Competency.ID: HeatmapTally] = [:]
            for entry in entries where role == nil || entry.jobRole == role {
                for (competency, level) in entry.levels {
                    total[competency, default: .empty] += HeatmapTally(level: level, target: entry.targets[competency])
                }
            }
            let storedTotal = try await store.organizationTallies(cycle: cycle, jobRole: role)
            #expect(Set(storedTotal.keys) == Set(total.keys), sourceLocation: sourceLocation)
            for (competency, tally) in total {
                Self.expectSame(storedTotal[competency], tally, sourceLocation: sourceLocation)
            }
        }
    }

    /// The entries as the rows of ``HeatmapRows/teams(under:)`` count them: each person moved to
    /// the child team of `parent` above them, the parent's own members kept, everyone else out.
    static func placed(_ entries: [HeatmapEntry], under parent: Team.ID?, teams: [Team], hierarchy: TeamHierarchy) -> [HeatmapEntry] {
        let children = Set(teams.filter { $0.parentID == parent }.map(\.id))
        return entries.compactMap { entry -> HeatmapEntry? in
            var entry = entry
            guard let team = entry.teamID else { return parent == nil ? entry : nil }
            if team == parent { return entry }
            guard let child = ([team] + hierarchy.ancestors(of: team)).first(where: children.contains) else { return nil }
            entry.teamID = child
            return entry
        }
    }

    static func expectSame(_ stored: CompetenceHeatmap, _ expected: CompetenceHeatmap, sourceLocation: SourceLocation) {
        #expect(stored.grouping == expected.grouping, sourceLocation: sourceLocation)
        #expect(stored.cells.map(\.group) == expected.cells.map(\.group), sourceLocation: sourceLocation)
        #expect(stored.cells.map(\.competencyID) == expected.cells.map(\.competencyID), sourceLocation: sourceLocation)
        for (storedCell, expectedCell) in zip(stored.cells, expected.cells) {
            expectSame(storedCell.tally, expectedCell.tally, sourceLocation: sourceLocation)
        }
    }

    static func expectSame(_ stored: HeatmapTally?, _ expected: HeatmapTally, sourceLocation: SourceLocation) {
        #expect(stored?.ratedCount == expected.ratedCount, sourceLocation: sourceLocation)
        #expect(stored?.targetedCount == expected.targetedCount, sourceLocation: sourceLocation)
        #expect(stored?.belowTargetCount == expected.belowTargetCount, sourceLocation: sourceLocation)
        #expect(abs((stored?.levelSum ?? .nan) - expected.levelSum) < 1e-9, sourceLocation: sourceLocation)
    }
}
