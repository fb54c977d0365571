import Foundation
import Testing
@testable import SalesDomain

@Suite struct DemoCompetenceGeneratorTests {
    typealias F = DemoCompetenceFixture

    @Test func theSameSeedMakesTheSameHistory() {
        // MUT
        let again = DemoCompetenceGenerator(F.organization, framework: F.framework, spec: F.spec).generateAll()
        var otherSeed = F.spec
        otherSeed.seed = 6
        let other = DemoCompetenceGenerator(F.organization, framework: F.framework, spec: otherSeed).generateAll()

        // validate
        #expect(again == F.competence)
        #expect(other.ratings.map(\.level) != F.competence.ratings.map(\.level))
        #expect(other.patterns.overestimators == F.competence.patterns.overestimators)
    }

    @Test func onePersonAtATimeGivesWhatEverythingAtOnceGives() {
        let reversed = F.generator.participants.reversed().map { ($0.personID, F.generator.ratings(for: $0)) }
        let byPerson = Dictionary(uniqueKeysWithValues: reversed)
        #expect(F.generator.participants.flatMap { byPerson[$0.personID]! } == F.competence.ratings)
    }

    @Test func theFrameworkIsPublishedBeforeTheFirstCycleAndTheProfilesFitIt() throws {
        let framework = F.competence.framework
        #expect(framework.status == .published)
        #expect(framework.publishedAt! < F.competence.cycles[0].cycle.openedAt)
        #expect(framework.problems().isEmpty)
        #expect(Set(F.competence.profiles.map(\.jobRole)) == Set(F.competence.participants.map(\.jobRole)))
        for profile in F.competence.profiles {
            try profile.validate(against: framework)
            #expect(profile.entries.count == 8)
        }
        // SDRs start from prospecting, key account managers end with account development; the
        // middle half of each window is the core, with target 4 and weight 2.
        let all = DemoCompetenceGenerator.profiles(
            for: Set(JobRole.allCases.filter(\.isSellingRole)), framework: framework, spec: F.spec)
        #expect(all.map(\.jobRole) == [.salesDevelopmentRepresentative, .insideSales, .accountExecutive, .keyAccountManager])
        #expect(all.first?.entries.map(\.competencyID) == framework.competencies.prefix(8).map(\.id))
        #expect(all.last?.entries.map(\.competencyID) == framework.competencies.suffix(8).map(\.id))
        #expect(all[0].entries.map(\.targetLevel) == [3, 3, 4, 4, 4, 4, 3, 3])
        #expect(all[0].entries.map(\.weight) == [1, 1, 2, 2, 2, 2, 1, 1])
    }

    @Test func twoClosedCyclesThenAnOpenOneForEverySeller() throws {
        let cycles = F.competence.cycles.map(\.cycle)
        #expect(cycles.map(\.status) == [.closed, .closed, .open])
        #expect(cycles.map(\.openedAt) == cycles.map(\.openedAt).sorted())
        #expect(cycles.allSatisfy { ($0.closedAt ?? F.now) <= F.now })
        let sellers = Set(F.organization.people.filter { $0.jobRole.isSellingRole }.map(\.id))
        for cycle in cycles {
            #expect(Set(cycle.participantIDs) == sellers)
            try cycle.validate(framework: F.competence.framework)
        }
        #expect(cycles[0].name == "H2 2024")
    }

    /// Every rating would have been accepted when it was made: on the scale, in the ratee's
    /// profile, by the ratee themselves, one of their managers or a colleague, within the cycle;
    /// and nobody rated the same person on the same competency twice in a cycle.
    @Test func everyRatingPassesTheRulesItWouldHaveMetWhenMade() throws {
        let cycles = Dictionary(uniqueKeysWithValues: F.competence.cycles.map { ($0.cycle.id, $0.cycle) })
        let participants = Dictionary(uniqueKeysWithValues: F.competence.participants.map { ($0.personID, $0) })
        var keys: Set<[UUID]> = []
        for rating in F.competence.ratings {
            var cycle = cycles[rating.cycleID]!
            let closedAt = cycle.closedAt ?? F.now
            cycle.closedAt = nil
            let participant = participants[rating.rateeID]!
            try rating.validate(in: cycle, scale: F.framework.scale, profile: F.profile(of: participant))
            try RaterEligibility.check(
                rater: F.people[rating.raterID]!, ratee: F.people[rating.rateeID]!, source: rating.source, hierarchy: F.hierarchy)
            #expect(rating.updatedAt >= cycle.openedAt && rating.updatedAt <= closedAt)
            #expect(keys.insert([rating.cycleID.rawValue, rating.raterID.rawValue, rating.rateeID.rawValue, rating.competencyID.rawValue]).inserted)
        }
        #expect(Set(F.competence.ratings.map(\.id)).count == F.competence.ratings.count)
    }

    @Test func closedCyclesAreCompleteAndTheOpenOneIsHalfwayWithDrafts() {
        let closed = Set(F.closedCycles.map(\.cycle.id))
        let inClosed = F.competence.ratings.filter { closed.contains($0.cycleID) }
        let inOpen = F.competence.ratings.filter { $0.cycleID == F.openCycle.cycle.id }
        #expect(inClosed.allSatisfy { $0.isSubmitted })
        let managed = F.competence.participants.filter { $0.managerID != nil }
        let expected = managed.reduce(0) { $0 + F.profile(of: $1).entries.count * (2 + $1.peerIDs.count) }
            + F.competence.participants.filter { $0.managerID == nil }.reduce(0) { $0 + F.profile(of: $1).entries.count * (1 + $1.peerIDs.count) }
        #expect(inClosed.count == 2 * expected)
        let submittedShare = Double(inOpen.filter(\.isSubmitted).count) / Double(expected)
        #expect(submittedShare > 0.3 && submittedShare < 0.7)
        #expect(inOpen.contains { !$0.isSubmitted })
    }

    /// Overestimators rate themselves at least a level above their manager on most of their
    /// competencies; everyone else on few.
    @Test func overestimatorsShowBlindSpots() {
        let overestimators = Set(F.competence.patterns.overestimators)
        #expect(overestimators.contains(F.organization.logins.seller.id))
        #expect(overestimators.count >= F.competence.participants.count / 8)
        for cycle in F.closedCycles {
            let spots = BlindSpot.find(in: F.competence.ratings.filter { $0.cycleID == cycle.cycle.id })
            func share(_ people: [DemoCompetenceParticipant]) -> Double {
                let over = spots.filter { spot in spot.direction == .overEstimation && people.contains { $0.personID == spot.personID } }.count
                return Double(over) / Double(people.reduce(0) { $0 + F.profile(of: $1).entries.count })
            }
            let managed = F.competence.participants.filter { $0.managerID != nil }
            #expect(share(managed.filter(\.overestimates)) > 0.8)
            #expect(share(managed.filter { !$0.overestimates }) < 0.25)
        }
    }

    /// In the heatmap of the low team's parent, the low team is below target in its weak area
    /// far more often than its sibling teams.
    @Test func oneTeamFallsBelowTargetInOneArea() throws {
        let low = try #require(F.competence.patterns.lowTeam)
        let parent = try #require(F.organization.teams.first { $0.id == low.teamID }?.parentID)
        let siblings = Set(F.organization.teams.filter { $0.parentID == parent }.map(\.id))
        #expect(siblings.count >= 2)
        let cycle = F.closedCycles.last!
        let levels = LevelConsolidation.consolidate(F.competence.ratings.filter { $0.cycleID == cycle.cycle.id })
        let entries = F.competence.participants.filter { $0.teamID.map(siblings.contains) ?? false }.map { participant in
            HeatmapEntry(person: F.people[participant.personID]!, levels: levels.levels(of: participant.personID, in: cycle.cycle.id),
                         profile: F.profile(of: participant))
        }
        let heatmap = CompetenceHeatmap(entries: entries, grouping: .teams)
        func belowShare(_ team: Team.ID) -> Double {
            let cells = low.competencyIDs.compactMap { heatmap.cell(.team(team), $0) }
            let below = cells.reduce(0) { $0 + $1.tally.belowTargetCount }
            let targeted = cells.reduce(0) { $0 + $1.tally.targetedCount }
            return targeted == 0 ? 0 : Double(below) / Double(targeted)
        }
        #expect(belowShare(low.teamID) > 0.8)
        for sibling in siblings where sibling != low.teamID && heatmap.groups.contains(.team(sibling)) {
            #expect(belowShare(sibling) < 0.6)
        }
    }

    /// Improvers' levels rise by about a level from the first to the second cycle on their
    /// improving competencies; everyone else's barely move.
    @Test func improversImproveBetweenCycles() {
        let cycles = F.closedCycles.map(\.cycle)
        let levels = LevelConsolidation.consolidate(F.competence.ratings.filter { rating in cycles.contains { $0.id == rating.cycleID } })
        let trends = CompetencyTrend.trends(of: levels, cycles: cycles)
        func meanChange(_ select: (CompetencyTrend) -> Bool) -> Double {
            let changes = trends.filter(select).compactMap(\.latestChange)
            return changes.reduce(0, +) / Double(max(changes.count, 1))
        }
        let improving = Dictionary(uniqueKeysWithValues: F.competence.participants.map { ($0.personID, Set($0.improvingCompetencyIDs)) })
        #expect(!F.competence.patterns.improvers.isEmpty)
        #expect(meanChange { improving[$0.personID]!.contains($0.competencyID) } > 0.7)
        #expect(abs(meanChange { improving[$0.personID]!.isEmpty }) < 0.2)
    }

    @Test func somePeopleHaveAPanelOfThreePeers() {
        let cycle = F.closedCycles[0].cycle.id
        let withPanel = F.competence.participants.filter { $0.peerIDs.count == 3 }
        #expect(!withPanel.isEmpty)
        for participant in withPanel {
            let competency = F.profile(of: participant).entries[0].competencyID
            #expect(PeerAggregate.visible(for: participant.personID, competency: competency, cycle: cycle, in: F.competence.ratings) != nil)
        }
    }

    /// Five managers agree on which cases are strong (high consistency, ICC(3,1)) but the
    /// lenient and the harsh one pull absolute agreement (ICC(2,1)) down, and their leniency
    /// shows as about +1 and −1 level.
    @Test func theCalibrationHasALenientAndAHarshRater() throws {
        let calibration = try #require(F.competence.calibration)
        let exercise = calibration.exercise
        #expect(exercise.raterIDs.count == 5)
        #expect(exercise.targets.count == 8)
        #expect(exercise.competencyIDs.count == 3)
        var open = exercise
        open.closedAt = nil
        for score in calibration.scores { try open.validate(score, scale: F.framework.scale) }
        for rater in exercise.raterIDs {
            #expect(F.people[rater]!.accessRole == .manager)
        }

        let agreement = try exercise.agreement(calibration.scores)
        let consistency = try #require(agreement.singleRater(.twoWayMixed))
        let absolute = try #require(agreement.singleRater(.twoWayRandom))
        #expect(consistency > 0.7)
        #expect(absolute < consistency - 0.05)
        #expect(absolute > 0.4)

        let leniency = Dictionary(uniqueKeysWithValues: exercise.leniency(calibration.scores).map { ($0.rater, $0.leniency) })
        let lenient = try #require(F.competence.patterns.lenientRater)
        let harsh = try #require(F.competence.patterns.harshRater)
        #expect(leniency[lenient]! > 0.6)
        #expect(leniency[harsh]! < -0.6)
        for rater in exercise.raterIDs where rater != F.competence.patterns.lenientRater && rater != F.competence.patterns.harshRater {
            #expect(abs(leniency[rater]!) < 0.4)
        }
    }
}
