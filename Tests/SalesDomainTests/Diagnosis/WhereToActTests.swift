import Testing
@testable import SalesDomain

@Suite("Where to act: sellers and groups ranked by what needs attention, each figure with its basis")
struct WhereToActTests {
    typealias F = DiagnosisFixture

    @Test("A seller's summary: competence gap over rated competencies, execution of every type, postponements classed by the catalog")
    func sellerSummary() throws {
        // Cold calling 2 (target 3, weight 1), anchoring 3 (target 3, weight 1): gap (−1 + 0) ÷ 2 = −0.5.
        var evidence = F.seller(1, prospectingLevel: 2, calls: (10, 6), proposals: (10, 10))
        evidence.postponementsByReason = ["no_time": 3, "customer_rescheduled": 1, "retired_reason": 2]
        evidence.stalledDeals = ["negotiation": 2, "proposal": 1]
        let report = F.report([evidence])
        let diagnosis = try #require(report.seller(Fixture.personID(1)))
        #expect(diagnosis.competenceGap == -0.5)
        #expect(diagnosis.execution == ExecutionRate(planned: 20, doneOnTime: 16))
        #expect(diagnosis.stalledDeals == 3)

        let summary = SellerSummary(diagnosis, name: "Anna", catalog: .defaults, unreviewed: 4)
        #expect(summary.postponements == 6)
        #expect(summary.excuseProne == 3, "no_time is excuse-prone; customer_rescheduled an obstacle; a reason the catalog lacks is neither")
        #expect(summary.excuseProneShare == 0.5)
        #expect(summary.verdicts == [.developmentNeed, .strength])
        #expect(summary.areasNeedingAttention == 1)
    }

    @Test("Sellers are ranked by their most urgent verdict, then by how much needs attention, then by name")
    func sellersRanked() {
        func row(_ name: String, _ verdicts: [AreaVerdict], unreviewed: Int = 0) -> SellerSummary {
            SellerSummary(personID: Fixture.personID(name.count), name: name, competenceGap: nil, execution: ExecutionRate(),
                          verdicts: verdicts, stalledDeals: 0, postponements: 0, excuseProne: 0, unreviewed: unreviewed)
        }
        let ranked = [
            row("Bo", [.strength, .competenceGap]), row("Cia", [.executionGap, .competenceGap]), row("Ada", [.executionGap]),
            row("Dan", [.strength]), row("Eva", [.developmentNeed]), row("Finn", [.executionGap], unreviewed: 3),
        ].byAttention()
        #expect(ranked.map(\.name) == ["Eva", "Cia", "Finn", "Ada", "Bo", "Dan"])
    }

    @Test("A group adds its sellers up; groups rank by the share of seller-areas needing attention")
    func groups() throws {
        func row(_ n: Int, _ verdicts: [AreaVerdict], gap: Double?, execution: (Int, Int)) -> SellerSummary {
            SellerSummary(personID: Fixture.personID(n), name: "P\(n)", competenceGap: gap, execution: ExecutionRate(planned: execution.0, doneOnTime: execution.1),
                          verdicts: verdicts, stalledDeals: n, postponements: 4, excuseProne: n, unreviewed: 0)
        }
        let rows = [
            row(1, [.strength, .executionGap], gap: -0.5, execution: (10, 7)), row(2, [.strength, .strength], gap: nil, execution: (10, 10)),
            row(3, [.developmentNeed, .competenceGap], gap: -1, execution: (20, 10)),
        ]
        let team: [Int: AnalysisScope] = [1: .team(Fixture.teamID(1)), 2: .team(Fixture.teamID(1)), 3: .team(Fixture.teamID(2))]
        let groups = GroupAttention.ranked(rows, by: { id in team.first { Fixture.personID($0.key) == id }?.value },
                                           names: [AnalysisScope.team(Fixture.teamID(1)).description: "One", AnalysisScope.team(Fixture.teamID(2)).description: "Two"])
        #expect(groups.map(\.name) == ["Two", "One"])
        let one = try #require(groups.last)
        #expect(one.sellers == 2)
        #expect(one.execution == ExecutionRate(planned: 20, doneOnTime: 17))
        #expect(one.competenceGap == -0.5)
        #expect(one.assessedSellers == 1)
        #expect(one.stalledDeals == 3)
        #expect(one.excuseProneShare == 3.0 / 8)
        // One execution gap among four seller-areas: the page shows "25% (4)".
        #expect(one.areasNeedingAttention == 1 && one.verdicts == 4)
        #expect(one.attentionShare == 0.25)
        #expect(groups.first?.attentionShare == 1)
    }
}
