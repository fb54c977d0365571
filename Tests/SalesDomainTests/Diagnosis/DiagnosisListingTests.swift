import Foundation
import Testing
@testable import SalesDomain

@Suite("A page of a wide scope's diagnosis: its sellers most in need of attention first, its counts the whole scope's")
struct DiagnosisListingTests {
    typealias F = DiagnosisFixture

    /// Prospecting verdicts: 1 strength (3, all calls), 2 competence gap (2, all calls),
    /// 3 execution gap (3, 3 of 10 calls), 4 development need (2, 3 of 10). Negotiation: all four strong.
    static func overview() -> DiagnosisOverview {
        let report = F.report([
            F.seller(1), F.seller(2, prospectingLevel: 2), F.seller(3, calls: (10, 3)), F.seller(4, prospectingLevel: 2, calls: (10, 3)),
        ])
        let weeks = ISOWeek(year: 2026, week: 2)!...ISOWeek(year: 2026, week: 14)!
        return DiagnosisOverview(
            scope: .organization, scopeName: "Org", weeks: weeks, previousWeeks: ISOWeek(year: 2025, week: 41)!...ISOWeek(year: 2026, week: 1)!,
            policy: .standard, basis: nil, areas: [],
            sellers: (1...4).map { DiagnosisOverview.Seller(id: Fixture.personID($0), name: "Seller \($0)", teamID: nil, marketID: nil) },
            groupNames: [:], catalog: .defaults, report: report,
            changes: [
                DiagnosisChange(personID: Fixture.personID(1), areaKey: "prospecting", from: .executionGap, to: .strength),
                DiagnosisChange(personID: Fixture.personID(2), areaKey: "prospecting", from: .notEnoughData, to: .competenceGap),
                DiagnosisChange(personID: Fixture.personID(4), areaKey: "prospecting", from: .competenceGap, to: .developmentNeed),
            ])
    }

    @Test("The page holds the window of the sellers by attention and of the changes, quadrant moves first; the counts stay whole")
    func page() throws {
        let whole = Self.overview()
        #expect(whole.sellersByAttention.map(\.personID) == [4, 3, 2, 1].map(Fixture.personID))

        let page = whole.listing(ListPage(offset: 1, limit: 2))
        #expect(page.report.sellers.map(\.personID) == [3, 2].map(Fixture.personID))
        // Moves first: 1 (execution gap → strength), 4 (competence gap → development need); then 2's, out of not enough data.
        #expect(page.changes.map(\.personID) == [1, 4].map(Fixture.personID), "as many changes as the page holds sellers, from the first")
        #expect(Set(page.sellers.map(\.id)) == Set([1, 2, 3, 4].map(Fixture.personID)), "the names of the listed sellers and of the listed changes")
        #expect(page.whole.sellers == 4)
        #expect(page.whole.distribution == [.strength: 5, .competenceGap: 1, .executionGap: 1, .developmentNeed: 1])
        #expect(page.whole.changes == 3)
        #expect(page.whole.quadrantMoves == 2)
        #expect(page.report.findings == whole.report.findings)
        #expect(page.page == ListPage(offset: 1, limit: 2))
    }

    @Test("A page keeps the names of the people a finding affects, even when they are not among its sellers")
    func findingsKeepTheirNames() {
        var whole = Self.overview()
        whole.changes = []
        whole.report.findings = [StructuralFinding(
            scope: .organization, areaKeys: ["prospecting"], cause: .stalledStage(stage: "proposal", stalledDeals: 3, sellers: 2, groupSellers: 4),
            affectedPeople: [Fixture.personID(1), Fixture.personID(2)])]
        let page = whole.listing(ListPage(offset: 0, limit: 1))
        #expect(page.report.sellers.map(\.personID) == [Fixture.personID(4)])
        #expect(Set(page.sellers.map(\.id)) == Set([1, 2, 4].map(Fixture.personID)), "never a person's id in place of their name")
    }

    @Test("A window past the end lists nothing and keeps the counts; the whole list is the overview itself")
    func edges() {
        let whole = Self.overview()
        let beyond = whole.listing(ListPage(offset: 10, limit: 50))
        #expect(beyond.report.sellers.isEmpty)
        #expect(beyond.changes == whole.changes.filter(\.isQuadrantMove) + whole.changes.filter { !$0.isQuadrantMove })
        #expect(beyond.whole == whole.whole)
        #expect(whole.listing(.all) == whole)
        #expect(ListPage(offset: -3, limit: -1) == ListPage(offset: 0, limit: 0), "a negative window is clamped")
    }

    @Test("Where to act lists the same page of its sellers and keeps every team and market ranked")
    func whereToAct() {
        let whole = WhereToAct(diagnosis: Self.overview(), unreviewed: [:], openCycles: [], dueThisWeek: [], stalledDeals: [])
        let page = whole.listing(ListPage(offset: 0, limit: 1))
        #expect(page.sellers.map(\.personID) == [Fixture.personID(4)])
        #expect(page.diagnosis.report.sellers.map(\.personID) == [Fixture.personID(4)])
        #expect(page.diagnosis.whole.sellers == 4)
        #expect(page.teams == whole.teams)
        #expect(page.markets == whole.markets)
    }
}
