import Testing
@testable import SalesDomain

@Suite("Diagnosis: quadrants, not enough data, structural findings, changes")
struct DiagnosisReportTests {
    typealias F = DiagnosisFixture

    func verdict(_ report: DiagnosisReport, _ person: Int, _ area: String = "prospecting") -> AreaVerdict? {
        report.seller(Fixture.personID(person))?.area(area)?.verdict
    }

    @Test("Can and does give the four quadrants of SPEC §3")
    func quadrants() {
        // Cold calling at target 3 with tolerance 0.5: 2.5 can, 2.4 can't. Calls 8 of 10 does, 7 of 10 doesn't.
        let report = F.report([
            F.seller(1, prospectingLevel: 2.5, calls: (10, 8)),
            F.seller(2, prospectingLevel: 3, calls: (10, 7)),
            F.seller(3, prospectingLevel: 2.4, calls: (10, 9)),
            F.seller(4, prospectingLevel: 2, calls: (10, 2)),
        ])
        #expect(verdict(report, 1) == .strength)
        #expect(verdict(report, 2) == .executionGap)
        #expect(verdict(report, 3) == .competenceGap)
        #expect(verdict(report, 4) == .developmentNeed)
        #expect(report.seller(Fixture.personID(4))?.mostUrgent == .developmentNeed)
        // Negotiation: anchoring 3 of target 3 and 10 of 10 proposals, for all four.
        #expect(report.distribution == [.strength: 5, .executionGap: 1, .competenceGap: 1, .developmentNeed: 1])
    }

    @Test("Missing assessment, role profile or volume is not enough data, with what is missing")
    func notEnoughData() throws {
        var unprofiled = F.seller(3)
        unprofiled.gaps = []
        let report = F.report([F.seller(1, prospectingLevel: nil), F.seller(2, calls: (9, 9)), unprofiled])
        let unassessed = try #require(report.seller(Fixture.personID(1))?.area("prospecting"))
        #expect(unassessed.verdict == .notEnoughData)
        #expect(unassessed.missing == [.noAssessment, .tooFewDecidedDeals(stage: "prospecting", decided: 0, minimum: 5)])
        let thin = try #require(report.seller(Fixture.personID(2))?.area("prospecting"))
        #expect(thin.verdict == .notEnoughData)
        #expect(thin.missing.contains(.tooFewPlannedActivities(planned: 9, minimum: 10)))
        #expect(verdict(report, 3) == .notEnoughData)
        #expect(report.seller(Fixture.personID(3))?.area("prospecting")?.missing.first == .notInRoleProfile)
    }

    @Test("A seller is diagnosed in their role's areas; without a role profile in every area, as not enough data")
    func roleAreas() {
        var prospector = F.seller(1)
        prospector.gaps = [CompetencyGap(competencyID: F.coldCalling, targetLevel: 3, weight: 1, level: 3)]
        var unprofiled = F.seller(2)
        unprofiled.gaps = []
        let report = F.report([prospector, unprofiled])
        #expect(report.seller(Fixture.personID(1))?.areas.map(\.areaKey) == ["prospecting"])
        #expect(report.seller(Fixture.personID(2))?.areas.map(\.areaKey) == ["prospecting", "negotiation"])
        #expect(report.seller(Fixture.personID(2))?.areas.allSatisfy { $0.verdict == .notEnoughData && $0.missing.first == .notInRoleProfile } == true)
    }

    @Test("Verified obstacles explaining half the team's shortfall make a finding, and its sellers are not execution gaps")
    func obstacleFinding() throws {
        // Seller 1: 4 of 10 calls on time, 4 of the 6 late verified obstacles. Seller 2: 8 of 10, none.
        // Team shortfall 6 + 2 = 8, explained 4: exactly 50 % → structural.
        let sellers = [
            F.seller(1, calls: (10, 4), lateForObstacle: 4),
            F.seller(2, calls: (10, 8)),
        ]
        let report = F.report(sellers, groups: [F.team([1, 2])])
        let finding = try #require(report.findings.first)
        #expect(report.findings.count == 1)
        #expect(finding.scope == .team(Fixture.teamID(1)))
        #expect(finding.areaKeys == ["prospecting"])
        #expect(finding.cause == .verifiedObstacles(reasons: [F.waiting: 5], explained: 4, shortfall: 8))
        #expect(finding.affectedPeople == [Fixture.personID(1)])
        #expect(finding.share == 0.5)
        #expect(verdict(report, 1) == .obstructed)
        #expect(verdict(report, 2) == .strength)

        // One fewer verified: 3 of 8 < 50 % → no finding, and seller 1 is an execution gap.
        let below = F.report(
            [F.seller(1, calls: (10, 4), lateForObstacle: 3), F.seller(2, calls: (10, 8))],
            groups: [F.team([1, 2])])
        #expect(below.findings.isEmpty)
        #expect(verdict(below, 1) == .executionGap)
    }

    @Test("Verified obstacles explain at most a seller's own shortfall; a seller outside the group is untouched")
    func obstacleClampAndMembership() throws {
        let report = F.report(
            [F.seller(1, calls: (10, 7), lateForObstacle: 9), F.seller(2, calls: (10, 5))],
            groups: [F.team([1])])
        let finding = try #require(report.findings.first)
        #expect(finding.cause == .verifiedObstacles(reasons: [F.waiting: 10], explained: 3, shortfall: 3))
        #expect(verdict(report, 1) == .obstructed)
        #expect(verdict(report, 2) == .executionGap)
    }

    @Test("A stage stalled for more than half the team's sellers is a finding for the areas it drives")
    func stallFinding() throws {
        let stalled = F.report(
            [F.seller(1, proposals: (10, 5), stalled: ["negotiation": 3]), F.seller(2, stalled: ["negotiation": 1]), F.seller(3)],
            groups: [F.team([1, 2, 3])])
        let finding = try #require(stalled.findings.first)
        #expect(finding.cause == .stalledStage(stage: "negotiation", stalledDeals: 4, sellers: 2, groupSellers: 3))
        #expect(finding.areaKeys == ["negotiation"])
        #expect(verdict(stalled, 1, "negotiation") == .obstructed)

        // Half is not a majority; a group of one has no majority to speak of.
        let half = F.report([F.seller(1, stalled: ["negotiation": 3]), F.seller(2)], groups: [F.team([1, 2])])
        #expect(half.findings.isEmpty)
        let alone = F.report([F.seller(1, stalled: ["negotiation": 3])], groups: [F.team([1])])
        #expect(alone.findings.isEmpty)
    }

    @Test("Changes list the sellers whose verdict moved, and tell a quadrant move from a data change")
    func changes() {
        let before = F.report([F.seller(1, calls: (10, 5)), F.seller(2, calls: (5, 5)), F.seller(3)])
        let after = F.report([F.seller(1, calls: (10, 9)), F.seller(2, calls: (10, 10)), F.seller(3), F.seller(4)])
        let changes = DiagnosisChange.between(before, after)
        #expect(changes == [
            DiagnosisChange(personID: Fixture.personID(1), areaKey: "prospecting", from: .executionGap, to: .strength),
            DiagnosisChange(personID: Fixture.personID(2), areaKey: "prospecting", from: .notEnoughData, to: .strength),
        ])
        #expect(changes.map(\.isQuadrantMove) == [true, false])
    }
}
