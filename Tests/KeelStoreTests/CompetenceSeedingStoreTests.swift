import FluentKit
import Foundation
import KeelStore
import SalesDomain
import Testing

extension StoreSuites {
    /// Storing a generated competence history in bulk, and finding its deliberate patterns
    /// through the store's queries.
    @Suite struct CompetenceSeedingStoreTests {
        /// Four areas of three competencies, so role profiles of eight overlap but differ.
        static func document() -> FrameworkDocument {
            let areas = ["prospecting", "discovery", "negotiation", "accounts"]
            return FrameworkDocument(key: "seeded", name: "Seeded", scale: .init(max: 5), areas: areas.map { area in
                .init(key: area, name: LocalizedText(english: area), competencies: ["a", "b", "c"].map { suffix in
                    .init(key: "\(area).\(suffix)", name: LocalizedText(english: "\(area) \(suffix)"),
                          levels: (1...5).map { (level: Int) in .init(level: level, behavior: LocalizedText(english: "\(suffix) \(level)")) })
                })
            })
        }

        @Test(arguments: StoreBackend.available)
        func theGeneratedHistoryIsStoredWithItsRollupsAndItsPatternsShow(_ backend: StoreBackend) async throws {
            try await withStore(backend) { database in
                // setup
                let demo = StoreFixture.demo(sellers: 40, seed: 3)
                try await Organizations(database: database).store(demo, passwordHashes: [:])
                let framework = try DemoCompetenceGenerator.framework(from: Self.document(), organizationID: demo.organization.id, seed: 3)
                let generator = DemoCompetenceGenerator(demo, framework: framework, spec: DemoCompetenceSpec(seed: 3, now: StoreFixture.now))
                let generated = generator.generateAll()

                // MUT
                let counts = try await CompetenceSeeding(database: database, organizationID: demo.organization.id)
                    .store(generator, at: StoreFixture.now)

                // validate: everything stored, and the rollups are what the ratings say.
                #expect(counts.ratings == generated.ratings.count)
                #expect(counts.cycles == 3)
                #expect(counts.profiles == generated.profiles.count)
                #expect(counts.calibrationScores == generated.calibration?.scores.count)
                let store = CompetenceStore(database: database, organizationID: demo.organization.id)
                let check = CompetenceRollupCheck(database: database, organizationID: demo.organization.id)
                let cycles = generated.cycles.map(\.cycle)
                for cycle in cycles {
                    #expect(Set(try await check.ratings(in: cycle.id)) == Set(generated.ratings.filter { $0.cycleID == cycle.id }))
                    try await check.verify(cycle: cycle.id)
                }
                #expect(try await store.framework(framework.reference) == generated.framework)
                #expect(try await store.cycleSummaries().map(\.status) == [.open, .closed, .closed])
                let latestClosed = cycles[1]

                // Blind spots: the seller login rates themselves above their manager.
                let seller = demo.logins.seller.id
                let sellersView = AccessPolicy(viewer: Viewer(demo.logins.seller), hierarchy: TeamHierarchy(demo.teams))
                #expect(generated.patterns.overestimators.contains(seller))
                let own = try await store.personResults(cycle: latestClosed.id, person: seller, for: sellersView)
                #expect(own.blindSpots.filter { $0.direction == .overEstimation }.count * 4 >= own.competencies.count * 3)
                await #expect(throws: FieldError.self) {
                    _ = try await store.personResults(cycle: cycles[2].id, person: seller, for: sellersView)
                }

                // The low team is below target in its weak area; its siblings are not.
                let low = try #require(generated.patterns.lowTeam)
                let parent = try #require(demo.teams.first { $0.id == low.teamID }?.parentID)
                let heatmap = try await store.heatmap(cycle: latestClosed.id, rows: .teams(under: parent))
                func belowShare(_ team: Team.ID) -> Double {
                    let cells = low.competencyIDs.compactMap { heatmap.cell(.team(team), $0) }
                    return Double(cells.reduce(0) { $0 + $1.tally.belowTargetCount }) / Double(max(cells.reduce(0) { $0 + $1.tally.targetedCount }, 1))
                }
                #expect(belowShare(low.teamID) > 0.8)
                let siblings = heatmap.groups.compactMap { group -> Team.ID? in
                    if case .team(let team) = group, team != low.teamID { return team } else { return nil }
                }
                #expect(!siblings.isEmpty)
                for sibling in siblings { #expect(belowShare(sibling) < 0.6) }
                let drilled = try await store.people(in: .team(low.teamID), cycle: latestClosed.id)
                #expect(Set(drilled.map(\.personID)) == Set(generated.participants.filter(\.inLowTeam).map(\.personID)))

                // Improvers improve across the closed cycles.
                let improver = try #require(generated.participants.first { !$0.improvingCompetencyIDs.isEmpty })
                let changes = try await store.trends(of: improver.personID)
                    .filter { improver.improvingCompetencyIDs.contains($0.competencyID) }.compactMap(\.latestChange)
                #expect(!changes.isEmpty)
                #expect(changes.reduce(0, +) / Double(changes.count) > 0.5)

                // The calibration shows the lenient and the harsh manager.
                let calibration = try #require(generated.calibration)
                let results = try await store.calibrationResults(calibration.exercise.id)
                let leniency = Dictionary(uniqueKeysWithValues: results.leniency.map { ($0.rater, $0.leniency) })
                #expect(leniency[try #require(generated.patterns.lenientRater)]! > 0.6)
                #expect(leniency[try #require(generated.patterns.harshRater)]! < -0.6)
                let agreement = try #require(results.agreement)
                #expect(agreement.singleRater(.twoWayMixed)! > 0.7)
                #expect(agreement.singleRater(.twoWayRandom)! < agreement.singleRater(.twoWayMixed)!)
                #expect(results.agreement == (try calibration.exercise.agreement(calibration.scores)))

                // Adjusted for those leniencies, the heatmaps and the people behind their rows are
                // what consolidating every rating of the cycle adjusted gives.
                let exercise = try #require(try await store.latestClosedCalibration(framework: latestClosed.framework.frameworkID))
                #expect(exercise.id == calibration.exercise.id)
                let adjustment = LeniencyAdjustment(results.leniency, scale: generated.framework.scale)
                let summary = try #require(try await store.cycleSummaries().first { $0.id == latestClosed.id })
                let adjustedLevels = LevelConsolidation.consolidate(
                    try await check.ratings(in: latestClosed.id), policy: summary.policy, adjustment: adjustment)
                let adjustedEntries = try await check.expectedEntries(cycle: latestClosed.id).map { entry in
                    var entry = entry
                    entry.levels = adjustedLevels.levels(of: entry.personID, in: latestClosed.id)
                    return entry
                }
                #expect(adjustedEntries.contains { entry in
                    let stored = generated.ratings.filter { $0.rateeID == entry.personID && $0.isSubmitted && $0.source == .manager }
                    return stored.contains { adjustment.leniencyByRater[$0.raterID, default: 0] != 0 }
                })
                let adjustedMarkets = try await store.adjustedHeatmap(cycle: latestClosed.id, rows: .markets, exercise: exercise)
                CompetenceRollupCheck.expectSame(
                    adjustedMarkets.heatmap, CompetenceHeatmap(entries: adjustedEntries, grouping: .markets), sourceLocation: #_sourceLocation)
                let teams = try await Directory(database: database, organizationID: demo.organization.id).teams()
                for rows in [nil, parent] {
                    CompetenceRollupCheck.expectSame(
                        try await store.adjustedHeatmap(cycle: latestClosed.id, rows: .teams(under: rows), exercise: exercise).heatmap,
                        CompetenceHeatmap(
                            entries: CompetenceRollupCheck.placed(adjustedEntries, under: rows, teams: teams, hierarchy: TeamHierarchy(teams)),
                            grouping: .teams),
                        sourceLocation: #_sourceLocation)
                }
                let adjustedPeople = try await store.adjustedPeople(in: .organization, cycle: latestClosed.id, exercise: exercise).entries
                let expectedPeople = Dictionary(uniqueKeysWithValues: adjustedEntries.map { ($0.personID, $0) })
                #expect(adjustedPeople.filter { !$0.levels.isEmpty }.count == adjustedEntries.count)
                for entry in adjustedPeople where !entry.levels.isEmpty {
                    let expected = try #require(expectedPeople[entry.personID])
                    #expect(Set(entry.levels.keys) == Set(expected.levels.keys))
                    for (competency, level) in entry.levels { #expect(abs(level - expected.levels[competency]!) < 1e-9) }
                    #expect(entry.targets == expected.targets)
                }

                // Rebuilding from the stored ratings gives the same rollups.
                for cycle in cycles {
                    try await store.rebuildCompetenceRollups(cycle: cycle.id)
                    try await check.verify(cycle: cycle.id)
                }
            }
        }
    }
}
