import Foundation
@testable import KeelServer
import SalesDomain
import Testing

/// The deal page rendered from a fixed deal, without a server or a database: an open deal that
/// has stood in negotiation past its team's bar, with its three stages and the owner's activities
/// (one done, one postponed twice, one planned), as the owner's manager sees it, in English and
/// Swedish.
@Suite struct DealPageSnapshotTests {
    static let calendar = WeekCalendar.stockholm
    static func date(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }
    static let owner = Person(
        id: .init(UUID(uuidString: "00000000-0000-0000-0002-000000000001")!), organizationID: .init(UUID(uuidString: "00000000-0000-0000-0000-00000000000a")!),
        name: "Karin Bergström", email: "karin@example.com", jobRole: .accountExecutive, accessRole: .seller, teamID: nil, marketID: nil)

    static var screen: DealScreen {
        let dealID = Deal.ID(UUID(uuidString: "00000000-0000-0000-0004-000000000001")!)
        let deal = Deal(
            id: dealID, ownerID: owner.id, accountID: .init(UUID(uuidString: "00000000-0000-0000-0006-000000000001")!), stage: "negotiation",
            value: 480_000, createdAt: date("2026-01-05T08:00:00Z"), engagedAt: date("2026-01-12T08:00:00Z"), externalID: "CRM-1042")
        func activity(_ n: Int, _ type: ActivityType, planned: String, done: String? = nil) -> Activity {
            Activity(
                id: .init(UUID(uuidString: "00000000-0000-0000-0003-00000000000\(n)")!), type: type, ownerID: owner.id, plannedDate: date(planned),
                doneDate: done.map(date), durationMinutes: 60, dealID: dealID, source: .imported)
        }
        return DealScreen(
            deal: deal, label: DealLabel(title: "Fjordline fleet renewal", externalID: "CRM-1042", accountName: "Fjordline AB"),
            productName: "Keel Fleet", owner: owner,
            stages: [
                DealStageStep(stage: "qualification", enteredAt: date("2026-01-12T08:00:00Z"), leftAt: date("2026-02-02T08:00:00Z"), days: 21),
                DealStageStep(stage: "proposal", enteredAt: date("2026-02-02T08:00:00Z"), leftAt: date("2026-02-23T08:00:00Z"), days: 21),
                DealStageStep(stage: "negotiation", enteredAt: date("2026-02-23T08:00:00Z"), leftAt: nil, days: 38),
            ],
            stall: DealStall(daysInStage: 38, barDays: 24.5, basis: .team),
            activities: [
                DealActivity(activity: activity(3, .meeting, planned: "2026-04-06T08:00:00Z"), postponements: 0, asOf: date("2026-04-02T07:00:00Z"), calendar: .stockholm),
                DealActivity(activity: activity(2, .call, planned: "2026-03-23T08:00:00Z"), postponements: 2, asOf: date("2026-04-02T07:00:00Z"), calendar: .stockholm),
                DealActivity(activity: activity(1, .meeting, planned: "2026-02-25T08:00:00Z", done: "2026-02-25T09:00:00Z"), postponements: 0, asOf: date("2026-04-02T07:00:00Z"), calendar: .stockholm),
            ],
            activityTotal: 3, asOf: date("2026-04-02T07:00:00Z"))
    }

    @Test(arguments: [Language.english, .swedish])
    func aManagerSeesAStalledDealsStagesAndActivities(language: Language) {
        let model = DealPage.Model(screen: Self.screen, viewerCoachesOwner: true)
        let context = PageContext(text: Localizer(language), viewer: nil, capabilities: [], csrfToken: "token", path: "/deals/\(Self.screen.deal.id)")
        let html = DealPage.render(model, context: context).render()
        expectSnapshot(html, named: "deal-\(language.rawValue)")
        #expect(html.contains("Fjordline fleet renewal"))
        #expect(html.contains("href=\"/people/\(Self.owner.id)\""))
        #expect(html.contains("id=\"deal-plan-coaching\""))
        #expect(html.contains("type=deal"))
        let text = Localizer(language)
        // The call moved twice and then let pass on 23 March reads as overdue on 2 April.
        #expect(html.contains(Node.escape(text(.dealStateOverdue))))
        if language == .english {
            #expect(html.contains("Stalled: 38 days in the stage, over the bar of 24.5 days"))
        }
    }

    @Test func aSellerSeesTheirOwnDealWithoutPlanningCoaching() {
        let model = DealPage.Model(screen: Self.screen, viewerCoachesOwner: false, viewerOwnsDeal: true)
        let text = Localizer(.english)
        let context = PageContext(text: text, viewer: nil, capabilities: [], csrfToken: "token", path: "/deals/\(Self.screen.deal.id)")
        let html = DealPage.render(model, context: context).render()
        #expect(!html.contains("id=\"deal-plan-coaching\""))
        #expect(html.contains("id=\"deal-execution\""))
        #expect(html.contains(Node.escape(text(.dealNextStepOwn))), "the next step is the owner's own, not a talk with themselves")
        #expect(!html.contains(Node.escape(text(.dealNextStep, ["name": Self.owner.name]))))
    }

    @Test func aClosedDealAsksForNoNextStepAndItsHistoryEndsWithTheOutcome() {
        var screen = Self.screen
        screen.deal.outcome = .won
        screen.deal.closedAt = Self.date("2026-03-20T08:00:00Z")
        let text = Localizer(.swedish)
        let context = PageContext(text: text, viewer: nil, capabilities: [], csrfToken: "token", path: "/deals/\(screen.deal.id)")
        let html = DealPage.render(DealPage.Model(screen: screen, viewerCoachesOwner: true), context: context).render()
        #expect(html.contains("Affären är avslutad som vunnen: det finns inget nästa steg med kunden."))
        #expect(!html.contains(Node.escape(text(.dealNextStep, ["name": Self.owner.name]))))
        #expect(!html.contains("id=\"deal-plan-coaching\""), "no coaching to plan on a closed deal")
        #expect(html.contains("<tr id=\"deal-stage-outcome\"><td data-label=\"Fas\"><strong>Vunnen</strong></td><td class=\"date\" data-label=\"In\">2026-03-20</td>"))
    }

    /// Issue 13, item 15: a HubSpot deal first seen won has no stage path, but its history
    /// records the close at the file's date, and its cycle says it counts from creation.
    @Test(arguments: [Language.english, .swedish])
    func aDealFirstSeenWonShowsItsRecordedCloseAndWhatItsCycleMeasures(language: Language) {
        var screen = Self.screen
        screen.stages = []
        screen.stall = nil
        screen.deal.outcome = .won
        screen.deal.engagedAt = nil
        screen.deal.closedAt = Self.date("2026-03-20T08:00:00Z")
        screen.close = DealClose(outcome: .won, closedAt: Self.date("2026-03-20T08:00:00Z"))
        screen.salesCycle = Deal.SalesCycle(days: 74, start: .creation)
        let text = Localizer(language)
        let context = PageContext(text: text, viewer: nil, capabilities: [], csrfToken: "token", path: "/deals/\(screen.deal.id)")
        let html = DealPage.render(DealPage.Model(screen: screen, viewerCoachesOwner: true), context: context).render()
        #expect(!html.contains("id=\"deal-stages-none\""))
        #expect(html.contains("<tr id=\"deal-stage-outcome\">"))
        #expect(html.contains("2026-03-20"))
        #expect(html.contains(Node.escape(text(.dealSalesCycleFromCreation, ["days": "74"]))))
        if language == .swedish {
            #expect(html.contains("74 dagar från att affären skapades till vinst (CRM-filen angav ingen första kontakt)"))
        }
        screen.close = nil
        screen.salesCycle = Deal.SalesCycle(days: 67, start: .engagement)
        let engaged = DealPage.render(DealPage.Model(screen: screen, viewerCoachesOwner: true), context: context).render()
        #expect(engaged.contains("id=\"deal-stages-none\""), "without a recorded close or a stay there is no history")
        #expect(engaged.contains(Node.escape(text(.dealSalesCycleFromEngagement, ["days": "67"]))))
    }
}
