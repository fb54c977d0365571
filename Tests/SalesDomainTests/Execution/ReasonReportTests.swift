import Foundation
import Testing
@testable import SalesDomain

@Suite struct ReasonReportTests {
    typealias F = ExecutionFixture

    static func postponement(
        _ n: Int, owner: Int, from: Date, _ reason: ReasonCode, dropped: Bool = false, verdict: ReviewVerdict? = nil
    ) -> Postponement {
        var postponement = dropped
            ? F.dropped(n, activity: n, owner: owner, from: from, reason: reason)
            : F.moved(n, activity: n, owner: owner, from: from, to: from.addingTimeInterval(7 * 86_400), reason: reason)
        postponement.review = verdict.map { PostponementReview(reviewerID: Fixture.personID(9), verdict: $0, reviewedAt: from) }
        return postponement
    }

    /// | # | owner (team) | from (week, month) | reason | review |
    /// |---|---|---|---|---|
    /// | P1 | 1 (1) | Tue 6 Jan (W02, Jan) | no_time | accepted excuse |
    /// | P2 | 1 (1) | Tue 13 Jan (W03, Jan) | no_time, dropped | — |
    /// | P3 | 1 (1) | Wed 14 Jan (W03, Jan) | customer_rescheduled | verified obstacle |
    /// | P4 | 1 (1) | Mon 2 Feb (W06, Feb) | no_time | accepted excuse |
    /// | P5 | 2 (1) | Thu 8 Jan (W02, Jan) | customer_rescheduled | verified obstacle |
    /// | P6 | 2 (1) | Mon 19 Jan (W04, Jan) | customer_rescheduled | — |
    /// | P7 | 2 (1) | Fri 30 Jan (W05, Jan) | forgot, dropped | accepted excuse |
    /// | P8 | 3 (2) | Wed 7 Jan (W02, Jan) | weather (not in catalog) | — |
    let postponements = [
        postponement(1, owner: 1, from: F.date(2026, 1, 6), "no_time", verdict: .acceptedExcuse),
        postponement(2, owner: 1, from: F.date(2026, 1, 13), "no_time", dropped: true),
        postponement(3, owner: 1, from: F.date(2026, 1, 14), "customer_rescheduled", verdict: .verifiedObstacle),
        postponement(4, owner: 1, from: F.date(2026, 2, 2), "no_time", verdict: .acceptedExcuse),
        postponement(5, owner: 2, from: F.date(2026, 1, 8), "customer_rescheduled", verdict: .verifiedObstacle),
        postponement(6, owner: 2, from: F.date(2026, 1, 19), "customer_rescheduled"),
        postponement(7, owner: 2, from: F.date(2026, 1, 30), "forgot", dropped: true, verdict: .acceptedExcuse),
        postponement(8, owner: 3, from: F.date(2026, 1, 7), "weather"),
    ]

    var weekly: [ReasonTally] { ReasonTally.tallies(postponements: postponements, granularity: .week, calendar: F.calendar) }

    static func counts(_ pairs: (ReportingPeriod, Int)...) -> [ReasonFrequency.PeriodCount] {
        pairs.map { ReasonFrequency.PeriodCount(period: $0.0, count: $0.1) }
    }

    static func week(_ n: Int) -> ReportingPeriod { .week(F.week(2026, n)) }

    /// Person 1: no_time in W02, W03, W06 → 3 of the 6 weeks W01…W06 ending with their last
    /// week, so it recurs for them; customer_rescheduled once.
    /// Reviews: 4 postponements, P3 verified, P1 and P4 accepted → 1/3 verified, 2/3 excuses.
    @Test func perPersonByWeek() {
        let report = ReasonReport.byGroup(tallies: weekly, catalog: .defaults, grouping: .eachPerson)[Fixture.personID(1)]!
        #expect(report.reasons == [
            ReasonFrequency(
                reasonCode: "no_time", reasonClass: .excuseProne, total: 3, people: 1,
                counts: Self.counts((Self.week(2), 1), (Self.week(3), 1), (Self.week(6), 1)), recurringPeople: 1),
            ReasonFrequency(
                reasonCode: "customer_rescheduled", reasonClass: .obstacle, total: 1, people: 1,
                counts: Self.counts((Self.week(3), 1)), recurringPeople: 0),
        ])
        #expect(report.recurrenceWindow == Self.week(1)...Self.week(6))
        #expect(report.review == ReviewShares(postponements: 4, verifiedObstacles: 1, acceptedExcuses: 2))
        #expect(report.review.unreviewed == 1)
        #expect(report.review.verifiedObstacleShare == 1.0 / 3.0)
        #expect(report.review.acceptedExcuseShare == 2.0 / 3.0)
    }

    /// Team 1 (people 1 and 2), window W01…W06: customer_rescheduled in three weeks, but by
    /// two people — person 1 in W03, person 2 in W02 and W04 — so it recurs for nobody;
    /// no_time in three weeks by person 1, so it recurs for one person and leads; forgot once.
    /// Reviews: 7 postponements, verified P3 P5 = 2, accepted P1 P4 P7 = 3 → .4 verified,
    /// .6 excuses.
    @Test func acrossATeam() {
        let report = ReasonReport.byGroup(tallies: weekly, catalog: .defaults, grouping: .byTeam(F.people))[Fixture.teamID(1)]!
        #expect(report.reasons.map(\.reasonCode) == ["no_time", "customer_rescheduled", "forgot"])
        #expect(report.reasons.map(\.people) == [1, 2, 1])
        #expect(report.reasons.map(\.recurringPeople) == [1, 0, 0])
        #expect(report.reasons.map(\.isRecurring) == [true, false, false])
        #expect(report.review.verifiedObstacleShare == 0.4)
        #expect(report.review.acceptedExcuseShare == 0.6)
        // A code the catalog does not know has no class.
        let team2 = ReasonReport.byGroup(tallies: weekly, catalog: .defaults, grouping: .byTeam(F.people))[Fixture.teamID(2)]!
        #expect(team2.reasons.map(\.reasonClass) == [nil])
        #expect(team2.review.verifiedObstacleShare == nil)
    }

    /// By month, team 1: no_time Jan 2 (P1, P2) + Feb 1 (P4) → two months, not three, so it
    /// does not recur; customer_rescheduled Jan 3 → one month; forgot Jan 1. Every month of the
    /// report reads as a count, 0 where the reason was not given.
    @Test func byMonth() {
        let monthly = ReasonTally.tallies(postponements: postponements, granularity: .month, calendar: F.calendar)
        let report = ReasonReport.byGroup(tallies: monthly, catalog: .defaults, grouping: .byTeam(F.people))[Fixture.teamID(1)]!
        let january = ReportingPeriod.month(CalendarMonth(year: 2026, month: 1)!)
        let february = ReportingPeriod.month(CalendarMonth(year: 2026, month: 2)!)
        #expect(report.reasons.map(\.reasonCode) == ["no_time", "customer_rescheduled", "forgot"])
        #expect(report.reasons[0].counts == Self.counts((january, 2), (february, 1)))
        #expect(report.reasons[1].counts == Self.counts((january, 3)))
        #expect(report.reasons[1].count(in: february) == 0)
        #expect(report.reasons.map(\.isRecurring) == [false, false, false])
        #expect(report.recurrenceWindow == .month(CalendarMonth(year: 2025, month: 9)!)...february)
    }

    /// Recurrence looks at the six months ending with the report's last month, person by
    /// person, including months before a short report starts:
    ///
    /// | person | no_time given in |
    /// |---|---|
    /// | 1 | 2026-07, 2026-09, 2026-11 (twice) |
    /// | 2 | 2026-11, 2026-12 |
    ///
    /// Report 2026-11…2026-12, window 2026-07…2026-12: person 1 in 3 months → recurs for 1
    /// person, though the report shows only November (2) and December (0) for them; person 2 in
    /// 2. Report ending 2027-01, window 2026-08…2027-01: person 1 in 2 months → recurs for nobody.
    @Test func recurrenceIsOnePersonInThreeOfTheLastSixMonths() {
        let given = [
            Self.postponement(1, owner: 1, from: F.date(2026, 7, 7), "no_time"),
            Self.postponement(2, owner: 1, from: F.date(2026, 9, 8), "no_time"),
            Self.postponement(3, owner: 1, from: F.date(2026, 11, 3), "no_time"),
            Self.postponement(4, owner: 1, from: F.date(2026, 11, 17), "no_time"),
            Self.postponement(5, owner: 2, from: F.date(2026, 11, 10), "no_time"),
            Self.postponement(6, owner: 2, from: F.date(2026, 12, 1), "no_time"),
        ]
        let monthly = ReasonTally.tallies(postponements: given, granularity: .month, calendar: F.calendar)
        func month(_ year: Int, _ month: Int) -> ReportingPeriod { .month(CalendarMonth(year: year, month: month)!) }
        let report = ReasonReport.byGroup(
            tallies: monthly, catalog: .defaults, grouping: .byTeam(F.people), periods: month(2026, 11)...month(2026, 12))[Fixture.teamID(1)]!
        #expect(report.recurrenceWindow == month(2026, 7)...month(2026, 12))
        #expect(report.reasons.map(\.total) == [4])
        #expect(report.reasons[0].counts == Self.counts((month(2026, 11), 3), (month(2026, 12), 1)))
        #expect(report.reasons[0].recurringPeople == 1)
        let later = ReasonReport.byGroup(
            tallies: monthly, catalog: .defaults, grouping: .byTeam(F.people), periods: month(2026, 11)...month(2027, 1))[Fixture.teamID(1)]!
        #expect(later.recurrenceWindow == month(2026, 8)...month(2027, 1))
        #expect(later.reasons[0].recurringPeople == 0)
        #expect(ReasonRecurrence.standard.recurringPeople(tallies: monthly, window: month(2026, 7)...month(2026, 12)) == ["no_time": 1])
    }

    /// W03…W04 for person 1: P2 (no_time) and P3 (customer_rescheduled), once each. The window
    /// is the six weeks 2025-W51…2026-W04, where no_time was given in W02 and W03: two weeks.
    @Test func aSpanOfPeriodsAndARecurrenceThreshold() {
        let span = Self.week(3)...Self.week(4)
        let report = ReasonReport.byGroup(tallies: weekly, catalog: .defaults, grouping: .eachPerson, periods: span)[Fixture.personID(1)]!
        #expect(report.reasons.map(\.total) == [1, 1])
        #expect(report.recurrenceWindow == .week(F.week(2025, 51))...Self.week(4))
        #expect(report.reasons.allSatisfy { !$0.isRecurring })
        // Two weeks of six are enough for a looser rule: W02 counts though it is before the span.
        let loose = ReasonReport.byGroup(
            tallies: weekly, catalog: .defaults, grouping: .eachPerson, periods: span, recurrence: ReasonRecurrence(windowPeriods: 6, minimumPeriods: 2))
        #expect(loose[Fixture.personID(1)]!.reasons.map(\.recurringPeople) == [1, 0])
        // Asking for 4 distinct weeks, no_time (3 weeks) no longer recurs.
        let strict = ReasonReport.byGroup(
            tallies: weekly, catalog: .defaults, grouping: .eachPerson, recurrence: ReasonRecurrence(windowPeriods: 6, minimumPeriods: 4))
        #expect(strict[Fixture.personID(1)]!.reasons[0].isRecurring == false)
    }

    /// Reviewing P2 in place of recomputing: subtract its old contribution, add the new one.
    @Test func aStoreCanMaintainTalliesIncrementally() throws {
        var rollup = Dictionary(uniqueKeysWithValues: weekly.map { ($0.key, $0) })
        let old = postponements[1]
        let new = try old.reviewed(by: Fixture.personID(9), verdict: .verifiedObstacle, at: F.date(2026, 1, 20))
        let oldContribution = ReasonTally.contribution(of: old, granularity: .week, calendar: F.calendar)
        let newContribution = ReasonTally.contribution(of: new, granularity: .week, calendar: F.calendar)
        rollup[oldContribution.key]!.subtract(oldContribution)
        rollup[newContribution.key]!.add(newContribution)
        var changed = postponements
        changed[1] = new
        #expect(rollup.values.sorted { $0.key < $1.key } == ReasonTally.tallies(postponements: changed, granularity: .week, calendar: F.calendar))
        #expect(newContribution == ReasonTally(key: oldContribution.key, postponements: 1, dropped: 1, verifiedObstacles: 1))
    }

    @Test func noPostponementsGiveNoReports() {
        #expect(ReasonTally.tallies(postponements: [], granularity: .week, calendar: F.calendar).isEmpty)
        #expect(ReasonReport.byGroup(tallies: [], catalog: .defaults, grouping: .eachPerson).isEmpty)
        #expect(ReviewShares().verifiedObstacleShare == nil)
    }
}
