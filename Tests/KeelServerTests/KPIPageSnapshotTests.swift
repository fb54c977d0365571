import Foundation
@testable import KeelServer
import SalesDomain
import Testing

/// The KPI page rendered from a fixed report, without a server or a database: a seller's KPIs as
/// their coach sees them — meetings below the seller's own target (its trend open), prospecting
/// on target, an entered KPI without data, and the outcomes beside them — with a refused target,
/// in English and Swedish.
@Suite struct KPIPageSnapshotTests {
    typealias F = KPIPageSnapshotTests
    static let seller = Person(
        id: .init(UUID(uuidString: "00000000-0000-0000-0002-000000000001")!), organizationID: .init(UUID(uuidString: "00000000-0000-0000-0000-00000000000a")!),
        name: "Karin Bergström", email: "karin@example.com", jobRole: .accountExecutive, accessRole: .seller, teamID: nil, marketID: nil)
    static let coach = Person.ID(UUID(uuidString: "00000000-0000-0000-0002-000000000002")!)
    static let weeks = ISOWeek(year: 2026, week: 1)!...ISOWeek(year: 2026, week: 13)!
    static let calendar = WeekCalendar.stockholm

    static var report: SellerKPIReport {
        let tallies = ISOWeek.all(in: weeks).flatMap { week in
            [
                ScopeWeekTally(key: .init(week: week, activityType: .meeting), plannedActivities: 3, doneByPlannedWeek: 3, scheduledActivities: 3,
                               doneActivities: week.week >= 10 ? 4 : 2, doneMinutes: 180),
                ScopeWeekTally(key: .init(week: week, activityType: .prospecting), plannedActivities: 5, doneByPlannedWeek: 4, scheduledActivities: 5,
                               doneActivities: 4, doneMinutes: 120),
            ]
        }
        let target = KPITarget(personID: seller.id, kpiKey: "customer_meetings_per_week", value: 6, setBy: coach, setAt: Date(timeIntervalSince1970: 1_772_000_000))
        let closed = Date(timeIntervalSince1970: 1_773_300_000) // 2026-03-12, W11
        let deals = [
            Deal(id: .init(UUID(uuidString: "00000000-0000-0000-0004-000000000001")!), ownerID: seller.id, stage: "won", value: 120_000,
                 createdAt: closed.addingTimeInterval(-40 * 86_400), closedAt: closed, outcome: .won),
            Deal(id: .init(UUID(uuidString: "00000000-0000-0000-0004-000000000002")!), ownerID: seller.id, stage: "lost", value: 80_000,
                 createdAt: closed.addingTimeInterval(-20 * 86_400), closedAt: closed.addingTimeInterval(-30 * 86_400), outcome: .lost),
        ]
        return SellerKPIReport(
            person: seller, weeks: weeks, inputs: KPIWeekInputs(tallies: tallies, workCategories: .defaults), targets: [target], deals: deals,
            calendar: calendar, viewerSetsTargets: true, viewerEnters: true, names: [coach: "Sofia Larsson"])
    }

    @Test(arguments: [Language.english, .swedish])
    func aCoachSeesBehavioursAgainstTargetsAndResultsBeside(language: Language) {
        let errors = [FieldError(field: "target", code: .invalidValue, .kpiValueTooLarge, ["maximum": "100"])]
        let model = SellerKPIsPage.Model(
            report: Self.report, isOwn: false, entryWeeks: [ISOWeek(year: 2026, week: 14)!, ISOWeek(year: 2026, week: 13)!],
            errors: errors, values: ["kpi": "customer_meetings_per_week", "target": "250"])
        let context = PageContext(text: Localizer(language), viewer: nil, capabilities: [], csrfToken: "token", path: "/people/\(Self.seller.id)/kpis")
        let html = SellerKPIsPage.render(model, context: context).render()
        expectSnapshot(html, named: "kpis-\(language.rawValue)")
        #expect(html.contains("id=\"kpi-customer_meetings_per_week\""))
        #expect(html.contains("kpi-status kpi-not_met"), "4 meetings a week against the seller's own 6")
        #expect(html.contains("id=\"kpi-trend-customer_meetings_per_week\" open"), "a behaviour below target opens its trend")
        #expect(html.contains("id=\"kpi-plan-follow-up\""))
        #expect(html.contains("id=\"error-target\""))
        #expect(html.contains("value=\"250\""), "the refused value is kept")
        #expect(html.contains("Sofia Larsson"))
    }
}
