import Foundation
@testable import KeelServer
import KeelStore
import SalesDomain
import Testing

/// The team page rendered from a fixed report, without a server or a database (issue 13, items 3
/// and 6): Stockholm holds 37 people, one of them in the team itself; its review list is narrowed
/// to one reason and shows the second page — two of 52 — one reviewed row with both
/// verdict buttons, the given one marked, and one unreviewed. In English and Swedish.
@Suite struct TeamPageSnapshotTests {
    static func uuid(_ n: Int, _ kind: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-0000-%04d-%012d", kind, n))! }
    static let organization = Organization.ID(uuid(1, 0))
    static let now = ISO8601DateFormatter().date(from: "2026-04-02T07:00:00Z")!
    static let sweden = Market(id: .init(uuid(1, 5)), organizationID: organization, code: "SE", name: "Sweden")
    static let stockholm = Team(id: .init(uuid(1, 1)), organizationID: organization, name: "Stockholm", marketID: sweden.id)
    static let enterprise = Team(id: .init(uuid(2, 1)), organizationID: organization, name: "Stockholm Enterprise", parentID: stockholm.id, marketID: sweden.id)
    static let manager = Person(
        id: .init(uuid(1, 2)), organizationID: organization, name: "Sofia Lind", email: "sofia@example.se", jobRole: .salesManager,
        accessRole: .manager, teamID: stockholm.id, marketID: sweden.id)
    static let seller = Person(
        id: .init(uuid(2, 2)), organizationID: organization, name: "Karin Bergström", email: "karin@example.se", jobRole: .accountExecutive,
        accessRole: .seller, teamID: enterprise.id, marketID: sweden.id)

    static func postponed(_ n: Int, reason: ReasonCode, verdict: ReviewVerdict?) -> PostponedActivity {
        let from = now.addingTimeInterval(-Double(n) * 86_400)
        return PostponedActivity(
            postponement: Postponement(
                id: .init(uuid(n, 3)), activityID: .init(uuid(n, 4)), ownerID: seller.id, from: from,
                change: n == 2 ? .dropped : .moved(to: from.addingTimeInterval(7 * 86_400)), reasonCode: reason, loggedAt: from,
                review: verdict.map { PostponementReview(reviewerID: manager.id, verdict: $0, reviewedAt: now) }),
            activityType: .meeting)
    }

    static var report: TeamReport {
        TeamReport(
            team: stockholm, headcount: 37, ownMembers: 1, ancestors: [], market: sweden,
            subteams: [TeamReport.Subteam(team: enterprise, headcount: 36, ownMembers: 36)],
            managers: [manager], people: [manager, seller], totalPeople: 2,
            postponementQuery: .teamPage(stockholm.id, reason: "customer_rescheduled", offset: 50, asOf: now),
            postponements: PostponementReviewPage(
                items: [postponed(1, reason: "customer_rescheduled", verdict: nil), postponed(2, reason: "customer_rescheduled", verdict: .verifiedObstacle)],
                total: 52, unreviewed: 51),
            reasons: .defaults, teams: [stockholm, enterprise], markets: [sweden])
    }

    @Test(arguments: [Language.english, .swedish])
    func aManagerSeesTheTeamsHeadcountAndEveryPostponementToReview(language: Language) {
        let model = TeamPage.Model(report: Self.report, language: language)
        let text = Localizer(language)
        let context = PageContext(text: text, viewer: Self.manager, capabilities: [.readOthers], csrfToken: "token", path: "/teams/\(Self.stockholm.id)")
        let html = TeamPage.render(model, context: context).render()
        expectSnapshot(html, named: "team-\(language.rawValue)")

        // The team's own headcount: its subtree, and those placed in it.
        #expect(html.contains("id=\"team-headcount\""))
        #expect(html.contains(Node.escape(TeamPage.headcount(37, ownMembers: 1, text: text))))
        // "51–52 of 52", and a link back to the first 50 keeping the reason.
        #expect(html.contains(Node.escape(text(.teamPostponementsShowing, ["first": "51", "last": "52", "total": "52", "unreviewed": "51"]))))
        #expect(html.contains("id=\"postponements-previous\""))
        #expect(html.contains("href=\"/teams/\(Self.stockholm.id)?reason=customer_rescheduled#postponements\""))
        #expect(!html.contains("id=\"postponements-next\""))
        // The filters, the chosen reason selected.
        for id in ["postponements-person", "postponements-reason", "postponements-status"] { #expect(html.contains("id=\"\(id)\"")) }
        #expect(html.contains("<option value=\"customer_rescheduled\" selected"))
        // A reviewed row keeps both buttons, the given verdict marked, so it can be changed.
        let reviewed = Self.report.postponements.items[1].postponement.id
        #expect(html.contains("id=\"verify-\(reviewed)\""))
        #expect(html.contains("id=\"excuse-\(reviewed)\""))
        #expect(html.contains("aria-pressed=\"true\" id=\"verify-\(reviewed)\""))
        #expect(html.contains("aria-pressed=\"false\" id=\"excuse-\(reviewed)\""))
        #expect(html.contains("name=\"return\" value=\"/teams/\(Self.stockholm.id)?reason=customer_rescheduled&amp;offset=50#postponements\""))
    }

    /// A manager asked for the postponements of work planned in weeks 10–13 gives a verdict to
    /// one; unreviewed ones come first, so it sorts past the page's end. The page keeps it in
    /// view above the list, marked, with its buttons to change the verdict again, and the
    /// period is worded, never left as a template's placeholder.
    @Test(arguments: [Language.english, .swedish])
    func aVerdictThatMovesAPostponementOffThePageKeepsItInView(language: Language) {
        let kept = Self.postponed(60, reason: "customer_rescheduled", verdict: .acceptedExcuse)
        let weeks = ISOWeek(year: 2026, week: 10)!...ISOWeek(year: 2026, week: 13)!
        var report = Self.report
        report.postponementQuery = .teamPage(
            Self.stockholm.id, plannedIn: .init(weeks, calendar: .stockholm), keeping: kept.postponement.id, asOf: Self.now)
        report.postponements.kept = kept
        let model = TeamPage.Model(report: report, language: language)
        let text = Localizer(language)
        let context = PageContext(text: text, viewer: Self.manager, capabilities: [.readOthers], csrfToken: "token", path: "/teams/\(Self.stockholm.id)")
        let html = TeamPage.render(model, context: context).render()
        expectSnapshot(html, named: "team-kept-\(language.rawValue)")

        #expect(html.contains("id=\"postponement-kept\""))
        #expect(html.contains(Node.escape(text(.teamPostponementKept))))
        #expect(html.contains("<tr data-postponement-id=\"\(kept.postponement.id)\" class=\"just-reviewed\">"))
        #expect(html.contains("aria-pressed=\"true\" id=\"excuse-\(kept.postponement.id)\""))
        // Changing it again returns to the same list, which then keeps it in view again.
        #expect(html.contains("name=\"return\" value=\"/teams/\(Self.stockholm.id)?from=2026-W10&amp;to=2026-W13#postponements\""))
        #expect(html.contains(Node.escape(text.weeks(weeks))))
    }

    @Test func theReviewedPostponementIsAddedToTheListItCameFrom() {
        let id = Postponement.ID(Self.uuid(7, 3))
        #expect(ExecutionPagesController.keeping(id, in: "/teams/t#postponements") == "/teams/t?reviewed=\(id)#postponements")
        #expect(ExecutionPagesController.keeping(id, in: "/teams/t?offset=50#postponements") == "/teams/t?offset=50&reviewed=\(id)#postponements")
        #expect(ExecutionPagesController.keeping(id, in: "/people/p") == "/people/p?reviewed=\(id)")
    }
}
