import Foundation
import Testing
@testable import SalesDomain

/// The two deliberate patterns, seen the way a user sees them: through the analyses.
@Suite struct DemoExecutionPatternTests {
    typealias F = DemoExecutionFixture

    @Test func thePatternsNameWhoShowsThem() throws {
        let patterns = F.execution.patterns
        let droppers = Set(patterns.prospectingDroppers)
        #expect((3...5).contains(droppers.count))
        #expect(droppers == Set(F.execution.sellers.filter(\.dropsProspectingUnderLoad).map(\.personID)))
        // The demo's seller login shows pattern 1.
        #expect(droppers.contains(F.organization.logins.seller.id))
        let obstacleTeam = try #require(F.organization.teams.first { $0.id == F.obstacle.teamID })
        #expect(obstacleTeam.name.contains("Enterprise"))
        #expect(F.obstacle.stage == "negotiation")
        #expect(ReasonCatalog.defaults.reasonClass(of: F.obstacle.reasonCode) == .obstacle)
        #expect(F.obstacle.since == F.spec.calendar.start(of: ISOWeek(year: 2025, week: 22)!))
        let inObstacleTeam = F.execution.sellers.filter(\.facesStructuralObstacle)
        #expect(!inObstacleTeam.isEmpty && inObstacleTeam.allSatisfy { $0.teamID == F.obstacle.teamID })
        #expect(droppers.isDisjoint(with: inObstacleTeam.map(\.personID)))
    }

    /// Pattern 1: prospecting is what the droppers push aside first when loaded; for everyone
    /// else it hardly moves.
    @Test func droppersPushProspectingAsideUnderPressure() throws {
        // setup
        let droppers = Set(F.execution.patterns.prospectingDroppers)
        let byPattern = PersonGrouping<Bool> { [droppers.contains($0)] }

        // MUT
        let reports = PressureReport.byGroup(
            tallies: F.tallies, grouping: byPattern, weeks: F.spec.weekRange, asOf: F.spec.endDate, calendar: F.spec.calendar)
        let perPerson = PressureReport.byGroup(
            tallies: F.tallies, grouping: .eachPerson, weeks: F.spec.weekRange, asOf: F.spec.endDate, calendar: F.spec.calendar)

        // validate
        let dropperReport = try #require(reports[true])
        let first = try #require(dropperReport.comparisons.first)
        #expect(first.activityType == .prospecting)
        #expect(try #require(first.difference) > 0.4)
        let others = try #require(reports[false]?.comparisons.first { $0.activityType == .prospecting })
        #expect(try #require(others.difference) < 0.1)
        for dropper in droppers {
            let report = try #require(perPerson[dropper])
            #expect(report.highLoadWeeks >= 3)
            let prospecting = try #require(report.comparisons.first { $0.activityType == .prospecting })
            #expect(try #require(prospecting.difference) > 0.35)
        }
        // Everyone else's prospecting hardly moves: every dropper's rise is above nine in ten
        // other sellers' (a few others, with little prospecting, rise by chance).
        let othersRise = perPerson.filter { !droppers.contains($0.key) }.compactMap { _, report in
            report.comparisons.first { $0.activityType == .prospecting }?.difference
        }
        let othersNinetiethPercentile = try #require(Percentile.linear(0.9, of: othersRise))
        #expect(othersNinetiethPercentile < 0.25)
        for dropper in droppers {
            let rise = try #require(perPerson[dropper]?.comparisons.first { $0.activityType == .prospecting }?.difference)
            #expect(rise > othersNinetiethPercentile)
        }
    }

    /// Pattern 2: the obstacle team's deals entering negotiation after the obstacle began are
    /// still there at the end of the year, far longer than any won deal took, so the stall
    /// analysis lists them; other teams have only the ordinary few stalled deals.
    @Test func theObstacleTeamsDealsStallInNegotiation() throws {
        // MUT
        let thresholds = StageVelocity.stallThresholds(
            histories: F.histories, teams: PersonGrouping(F.teamByPerson), calendar: F.spec.calendar)
        let report = StageVelocity.stalledDeals(
            histories: F.histories, thresholds: thresholds, teamByPerson: F.teamByPerson, asOf: F.spec.endDate,
            calendar: F.spec.calendar)

        // validate
        let stalledInTeam = report.stalled.filter { $0.teamID == F.obstacle.teamID && $0.stage == F.obstacle.stage }
        #expect(stalledInTeam.count >= 8)
        let waiting = F.histories.filter { history in
            history.deal.outcome == .open && F.teamByPerson[history.deal.ownerID] == F.obstacle.teamID
                && history.currentStay?.stage == F.obstacle.stage
        }
        #expect(Double(stalledInTeam.count) >= 0.7 * Double(waiting.count))
        // The team's own won deals passed negotiation quickly, before the queue formed.
        let teamBar = try #require(thresholds.reference(for: F.obstacle.stage, team: F.obstacle.teamID))
        #expect(teamBar.days < 45)
        let medianStall = try #require(Percentile.median(of: stalledInTeam.map { Double($0.daysInStage) }))
        #expect(medianStall > 2 * teamBar.days)
        // Per seller, the team has many times the stalled deals of the rest of the organization.
        let teamSellers = F.execution.sellers.filter(\.facesStructuralObstacle).count
        let otherStalled = report.stalled.count - stalledInTeam.count
        let otherSellers = F.execution.sellers.count - teamSellers
        #expect(Double(stalledInTeam.count) / Double(teamSellers) > 3 * Double(otherStalled) / Double(otherSellers))
    }

    /// Pattern 2, seen in the reasons: the team's postponements mostly carry an obstacle-class
    /// reason, led by the obstacle's own, and its manager verifies most of them.
    @Test func theObstacleTeamsPostponementsAreMostlyVerifiedObstacles() throws {
        // setup
        let catalog = ReasonCatalog.defaults
        let byTeam = PersonGrouping.byTeam(F.organization.people)
        let tallies = ReasonTally.tallies(postponements: F.execution.postponements, granularity: .month, calendar: F.spec.calendar)

        // MUT
        let reports = ReasonReport.byGroup(tallies: tallies, catalog: catalog, grouping: byTeam)

        // validate
        let team = try #require(reports[F.obstacle.teamID])
        func obstacleShare(_ report: ReasonReport) -> Double {
            let total = report.reasons.reduce(0) { $0 + $1.total }
            let obstacles = report.reasons.filter { $0.reasonClass == .obstacle }.reduce(0) { $0 + $1.total }
            return Double(obstacles) / Double(total)
        }
        #expect(obstacleShare(team) > 0.5)
        let top = try #require(team.reasons.max { $0.total < $1.total })
        #expect(top.reasonCode == F.obstacle.reasonCode && top.isRecurring)
        let verified = try #require(team.review.verifiedObstacleShare)
        #expect(verified > 0.6)
        for (teamID, report) in reports where teamID != F.obstacle.teamID {
            #expect(obstacleShare(report) < obstacleShare(team))
            #expect((report.review.verifiedObstacleShare ?? 0) < verified)
        }
    }

    /// Pattern 2 costs the team wins in the second half: its deals in negotiation do not close.
    @Test func theObstacleTeamClosesLessAfterTheQueueFormed() throws {
        // setup
        let byTeam = PersonGrouping.byTeam(F.organization.people)
        let afterObstacle = F.obstacle.since..<F.spec.endDate
        let beforeObstacle = F.spec.startDate..<F.obstacle.since

        // MUT
        let before = DealResults.byGroup(deals: F.execution.deals, grouping: byTeam, closedIn: beforeObstacle, calendar: F.spec.calendar)
        let after = DealResults.byGroup(deals: F.execution.deals, grouping: byTeam, closedIn: afterObstacle, calendar: F.spec.calendar)

        // validate: before, the team wins about as often as the others; after, it hardly wins
        // at all (only deals already in negotiation when the queue formed still close).
        let teamSellers = Double(F.execution.sellers.filter(\.facesStructuralObstacle).count)
        let otherSellers = Double(F.execution.sellers.count) - teamSellers
        func wonPerSeller(_ results: [Team.ID: DealResults]) -> (team: Double, others: Double) {
            let team = Double(results[F.obstacle.teamID]?.won ?? 0)
            let all = Double(results.values.reduce(0) { $0 + $1.won })
            return (team / teamSellers, (all - team) / otherSellers)
        }
        let wonBefore = wonPerSeller(before)
        let wonAfter = wonPerSeller(after)
        #expect(wonBefore.team > 0.5 * wonBefore.others)
        #expect(wonAfter.team < 0.25 * wonAfter.others)
    }
}
