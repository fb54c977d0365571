import Foundation
import KeelCharts
@testable import KeelServer
import SalesDomain
import Testing

/// The execution page rendered from fixed analyses, without a server or a database: one
/// seller over 2025-W50…2026-W02, seen on Wednesday of W02, so the span crosses a year and
/// ends with the running week. Her calls were postponed in the one high-load week, which is
/// below the minimum and must read *not enough data* with its counts; "no_time" was given in
/// three of the last six months, so it recurs for her and the page says what that means.
@Suite struct ExecutionPageSnapshotTests {
    static let organization = Organization.ID(UUID(uuidString: "00000000-0000-0000-0000-00000000000a")!)
    static let seller = Person(
        id: .init(UUID(uuidString: "00000000-0000-0000-0002-000000000001")!), organizationID: organization,
        name: "Karin Bergström", email: "karin@example.com", jobRole: .accountExecutive, accessRole: .seller, teamID: nil, marketID: nil)
    static let weeks = ISOWeek(year: 2025, week: 50)!...ISOWeek(year: 2026, week: 2)!
    static let calendar = WeekCalendar.stockholm
    /// Wednesday 2026-01-07 12:00 in Stockholm: W02 is running.
    static let asOf = Date(timeIntervalSince1970: 1_767_783_600)

    static func tally(_ week: ISOWeek, _ type: ActivityType, scheduled: Int, pushed: Int = 0, done: Int, minutes: Int) -> WeeklyActivityTally {
        WeeklyActivityTally(
            key: .init(personID: seller.id, week: week, activityType: type), plannedActivities: scheduled, doneByPlannedWeek: done,
            scheduledActivities: scheduled, scheduledMinutes: minutes, movedOut: pushed, doneActivities: done,
            doneMinutes: minutes * done / max(scheduled, 1))
    }

    /// Calls and CRM work every week: 49 h planned in 2025-W51 (high load, every call moved),
    /// 20 h otherwise; in W02 so far one 30-minute call.
    static var tallies: [WeeklyActivityTally] {
        ISOWeek.all(in: weeks).flatMap { week -> [WeeklyActivityTally] in
            if week == weeks.upperBound { return [tally(week, .call, scheduled: 1, done: 1, minutes: 30)] }
            let loaded = week == ISOWeek(year: 2025, week: 51)!
            return [
                tally(week, .call, scheduled: 4, pushed: loaded ? 4 : 0, done: loaded ? 0 : 4, minutes: loaded ? 2_700 : 960),
                tally(week, .crmAdmin, scheduled: 1, done: 1, minutes: 240),
            ]
        }
    }

    static var reasons: ReasonReport {
        let months = [(2025, 8), (2025, 10), (2025, 12)]
        let tallies = months.map { year, month in
            ReasonTally(key: .init(personID: seller.id, period: .month(CalendarMonth(year: year, month: month)!), reasonCode: "no_time"), postponements: 2)
        } + [ReasonTally(
            key: .init(personID: seller.id, period: .month(CalendarMonth(year: 2026, month: 1)!), reasonCode: "customer_rescheduled"),
            postponements: 1, verifiedObstacles: 1)]
        let periods = ReportingPeriod.month(CalendarMonth(year: 2025, month: 12)!)...ReportingPeriod.month(CalendarMonth(year: 2026, month: 1)!)
        return ReasonReport.byGroup(tallies: tallies, catalog: .defaults, grouping: .eachPerson, periods: periods)[seller.id]!
    }

    static func render(language: Language) -> String {
        let grouping = PersonGrouping<Person.ID>.eachPerson
        let query = ExecutionQuery(scope: .person(seller.id), weeks: weeks, asOf: asOf)
        let overview = ExecutionOverview(
            query: query, subject: .person(seller), months: query.months(in: calendar), rules: .defaults, catalog: .defaults,
            pressurePolicy: PressurePolicy(),
            allocation: TimeAllocationReport.byGroup(tallies: tallies, rules: .defaults, grouping: grouping, weeks: weeks, asOf: asOf, calendar: calendar)[seller.id]!,
            rate: ExecutionRateReport.byGroup(tallies: tallies, grouping: grouping, weeks: weeks, asOf: asOf, calendar: calendar)[seller.id]!,
            pressure: PressureReport.byGroup(tallies: tallies, grouping: grouping, weeks: weeks, asOf: asOf, calendar: calendar)[seller.id]!,
            momentum: DealMomentum(pipeline: .standard, timeInStage: [], conversion: []),
            stalled: StallOverview(stalledByStage: [:], unjudged: 0, offset: 0, page: []), ownerNames: [:],
            results: DealResults(won: 0, lost: 0, wonWithCycle: 0, medianCycleDays: nil), reasons: reasons)
        let policy = AccessPolicy(viewer: Viewer(seller), hierarchy: TeamHierarchy([]))
        let text = Localizer(language)
        let choices = AnalysisScopeChoices(
            policy: policy, viewer: seller, teams: [], markets: [], people: [], current: .person(seller.id), currentName: seller.name)
        let model = ExecutionPage.Model(overview, choices: choices, text: text)
        return ExecutionPage.render(model, context: PageContext(text: text, viewer: nil, capabilities: [], csrfToken: "token", path: "/execution"))
            .render()
    }

    @Test(arguments: [Language.english, .swedish])
    func aSellersWeeksAcrossTheNewYearWithTheRunningWeek(language: Language) {
        // MUT
        let html = Self.render(language: language)
        // validate
        let text = Localizer(language)
        #expect(html.contains("id=\"period-from\" value=\"2025-12-08\"") && html.contains("id=\"period-to\" value=\"2026-01-11\""),
                "the fields show the first week's Monday and the last week's Sunday")
        #expect(html.contains(">W1 2026<") || html.contains(">v1 2026<"), "the axis says where the new year opens")
        #expect(!html.contains(">W50<"))
        #expect(html.contains("chart-bar chart-bar-noted"), "the running week is drawn as in progress")
        #expect(html.contains("id=\"allocation-in-progress\""))
        #expect(html.contains("id=\"allocation-weeks\""), "each week's hours beside its shares")
        #expect(html.contains(">0.5<") || html.contains(">0,5<"), "W02's 30 minutes")
        #expect(html.contains(text.personWeeks(1)), "one high-load week, in the singular")
        #expect(html.contains(text(.pressureNotEnoughData)))
        #expect(html.contains(text(.pressureCount, ["pushed": "4", "planned": "4"]) + "<span class=\"cell-facts\">"
            + ChartNumberFormat(languageTag: language.rawValue).percent(1)), "the counts behind the high-load rate")
        #expect(!html.contains("chart-rise-up"), "no difference is drawn from one loaded week")
        #expect(html.contains("id=\"reasons-recurrence\""))
        let (december, january) = language == .english ? ("Dec 2025", "Jan 2026") : ("dec 2025", "jan 2026")
        #expect(html.contains("<th class=\"num\" scope=\"col\">\(december)</th>") && html.contains("<th class=\"num\" scope=\"col\">\(january)</th>"),
                "months as words, not codes")
        expectSnapshot(html, named: "execution-person-\(language.rawValue)")
    }
}
