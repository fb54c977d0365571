import Foundation
import KeelCharts
@testable import KeelServer
import SalesDomain
import Testing

/// The start page rendered from a fixed answer, without a server or a database: a manager's
/// sellers side by side, and a seller's own picture, in English and Swedish.
@Suite struct StartPageSnapshotTests {
    typealias Fixture = DiagnosisPageSnapshotTests

    static func render(_ scope: AnalysisScope, language: Language) -> (WhereToAct, String) {
        let text = Localizer(language)
        let overview = Fixture.overview(scope: scope)
        let due = [Activity(
            id: .init(Fixture.id(7, 1)), type: .call, ownerID: Fixture.people[0].id, plannedDate: Date(timeIntervalSince1970: 1_775_000_000),
            durationMinutes: 30, source: .logged)]
        let report = WhereToAct(
            diagnosis: overview, unreviewed: [Fixture.people[1].id: 3],
            openCycles: [.init(id: .init(Fixture.id(3, 2)), name: "Autumn 2026", participants: 12, opened: Date(timeIntervalSince1970: 1_775_000_000))],
            dueThisWeek: scope == .team(Fixture.team.id) ? [] : due, stalledDeals: [])
        let manager = Person(id: .init(Fixture.id(2, 9)), organizationID: Fixture.organization, name: "Manager", email: "m@example.com",
                             jobRole: .salesManager, accessRole: .manager, teamID: Fixture.team.id)
        let choices = AnalysisScopeChoices(
            policy: AccessPolicy(viewer: Viewer(manager), hierarchy: TeamHierarchy([Fixture.team])), viewer: manager, teams: [Fixture.team],
            markets: [], people: Fixture.people, current: scope, currentName: "")
        let model = StartPage.Model(report: report, choices: choices, scopeName: overview.scopeName)
        return (report, StartPage.render(model, context: PageContext(text: text, viewer: nil, capabilities: [], csrfToken: "token", path: "/")).render())
    }

    @Test(arguments: [Language.english, .swedish])
    func aManagersSellersSideBySide(language: Language) {
        let (report, html) = Self.render(.team(Fixture.team.id), language: language)
        // Bo (competence gap) before Anna (obstructed only) before Cia (no assessment).
        #expect(report.sellers.map(\.name) == ["Bo Lind", "Anna Ek", "Cia Berg"])
        #expect(report.sellers.map(\.unreviewed) == [3, 0, 0])
        #expect(html.contains("id=\"start-sellers\"") && !html.contains("id=\"start-work-on\""))
        expectSnapshot(html, named: "start-team-\(language.rawValue)")
    }

    @Test(arguments: [Language.english, .swedish])
    func aSellersOwnPicture(language: Language) {
        let (_, html) = Self.render(.person(Fixture.people[1].id), language: language)
        let text = Localizer(language)
        #expect(html.contains("id=\"start-work-on\"") && html.contains(Node.escape(text(.adviceCompetenceGap))))
        #expect(!html.contains("id=\"start-sellers\""))
        expectSnapshot(html, named: "start-person-\(language.rawValue)")
    }
}

/// The start page's "what moved": an estimate resting on fewer sellers than a cohort is not set
/// in bold, even when it ranks first because the viewer reads no larger group; every effect says
/// what it measures.
@Suite struct StartPageImpactTileTests {
    static func summary(_ id: String, treated: Int, result: ImpactEstimate.Result) throws -> ImpactSummary {
        // The summary's stored form: built from the values a refresh keeps, as the store reads it back.
        func encoded(_ value: some Encodable) throws -> String { String(decoding: try JSONEncoder().encode(value), as: UTF8.self) }
        let json = """
        {"id":"\(id)","channel":\(try encoded(Intervention.Channel.coaching)),"target":\(try encoded(Intervention.Target.activityType(.call))),
         "startWeek":\(try encoded(ISOWeek(year: 2026, week: 10)!)),"weeks":8,"afterWeeksOver":8,
         "sellerCount":\(treated),"treatedCount":\(treated),"comparisonCount":12,"result":\(try encoded(result))}
        """
        return try JSONDecoder().decode(ImpactSummary.self, from: Data(json.utf8))
    }

    @Test(arguments: [Language.english, .swedish])
    func aSmallGroupIsNotSetInBold(language: Language) throws {
        let small = try Self.summary("small", treated: 2, result: .estimate(effect: 0.17, lower: 0.06, upper: 0.28))
        let cohort = try Self.summary("cohort", treated: 6, result: .estimate(effect: 0.08, lower: 0.02, upper: 0.14))
        let tile = ImpactTile(summaries: [small, cohort], computedAt: nil, targetNames: [:])
        #expect(tile.behaviour.map(\.id) == ["cohort", "small"], "a cohort ranks before a larger effect on two sellers")
        let text = Localizer(language)
        let numbers = ChartNumberFormat(languageTag: language.rawValue)
        let context = PageContext(text: text, viewer: nil, capabilities: [], csrfToken: "token", path: "/")
        let html = StartPage.impact(tile, context: context, numbers: numbers).render()
        func effect(_ summary: ImpactSummary) -> String {
            Node.escape(ImpactNames.result(summary.result, currency: context.currency, numbers: numbers, text: text))
        }
        #expect(html.contains("<strong>\(effect(cohort))</strong>"))
        #expect(html.contains(effect(small)) && !html.contains("<strong>\(effect(small))</strong>"))
        #expect(html.contains(Node.escape(text(.startImpactMeasure, ["minimum": "5"]))))
    }
}
