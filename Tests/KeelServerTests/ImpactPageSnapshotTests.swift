import Foundation
@testable import KeelServer
import SalesDomain
import Testing

/// The impact page rendered from a fixed list, without a server or a database: the last page of
/// a leader's 53 interventions (three of them from the 51st on), with no group estimated yet, in
/// English and Swedish; and the first page, which links onwards.
@Suite struct ImpactPageSnapshotTests {
    static let calendar = WeekCalendar.stockholm
    static let start = ISO8601DateFormatter().date(from: "2026-03-02T08:00:00Z")!
    static func seller(_ n: Int) -> Person.ID { .init(UUID(uuidString: "00000000-0000-0000-0002-00000000000\(n)")!) }

    static let entries = [
        ImpactList.Entry(
            intervention: Intervention(sellerID: seller(1), channel: .coaching, target: .activityType(.meeting), startedAt: start.addingTimeInterval(14 * 86_400)),
            sellerName: "Karin Bergström"),
        ImpactList.Entry(
            intervention: Intervention(sellerID: seller(2), channel: .practice, target: .activityType(.call), startedAt: start.addingTimeInterval(7 * 86_400)),
            sellerName: "Ola Nordmann"),
        ImpactList.Entry(
            intervention: Intervention(sellerID: seller(1), channel: .coaching, target: .activityType(.call), startedAt: start),
            sellerName: "Karin Bergström"),
    ]

    static func render(_ list: ImpactList, _ language: Language) -> String {
        let context = PageContext(text: Localizer(language), viewer: nil, capabilities: [], csrfToken: "token", path: "/impact")
        return ImpactPage.render(ImpactPage.Model(list: list), context: context).render()
    }

    @Test(arguments: [Language.english, .swedish])
    func theLastPageSaysWhichOfHowManyItShowsAndLinksBack(language: Language) {
        let list = ImpactList(groups: [], interventions: Self.entries, offset: 50, total: 53, computedAt: nil, targetNames: [:])
        let html = Self.render(list, language)
        expectSnapshot(html, named: "impact-last-page-\(language.rawValue)")
        let text = Localizer(language)
        #expect(html.contains(Node.escape(text(.impactInterventionsRange, ["first": "51", "last": "53", "total": "53"]))))
        #expect(html.contains("href=\"/impact?offset=0#impact-interventions\""))
        #expect(!html.contains("id=\"impact-next\""))
        #expect(html.components(separatedBy: "href=\"/impact/estimates/").count - 1 == 3)
    }

    @Test func theFirstPageLinksToTheNextAndNotBack() {
        let list = ImpactList(groups: [], interventions: Self.entries, offset: 0, total: 53, computedAt: nil, targetNames: [:])
        let html = Self.render(list, .english)
        #expect(html.contains("Interventions 1–3 of 53."))
        #expect(html.contains("href=\"/impact?offset=50#impact-interventions\""))
        #expect(html.contains("Next 50"), "the next link counts what it leads to: 50 left, at most a page")
        #expect(!html.contains("id=\"impact-previous\""))
    }
}
