import Foundation
@testable import SalesDomain

/// Fixed ids, dates and builders for the execution tests. Dates are wall-clock times in
/// Stockholm, the analyses' default zone, so a test reads like a seller's calendar.
///
/// 2026 starts on a Thursday, so 2026-W01 runs Mon 29 Dec 2025 – Sun 4 Jan 2026, W02 is
/// 5–11 Jan, W03 12–18 Jan, W04 19–25 Jan, W05 26 Jan – 1 Feb, W06 2–8 Feb.
enum ExecutionFixture {
    static let calendar = WeekCalendar.stockholm

    private static let stockholmGregorian: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Stockholm")!
        return calendar
    }()

    /// Local Stockholm time.
    static func date(_ year: Int, _ month: Int, _ day: Int, _ hour: Int = 9, _ minute: Int = 0) -> Date {
        stockholmGregorian.date(from: DateComponents(year: year, month: month, day: day, hour: hour, minute: minute))!
    }

    static func week(_ year: Int, _ week: Int) -> ISOWeek {
        ISOWeek(year: year, week: week)!
    }

    static func activityID(_ n: Int) -> Activity.ID { Activity.ID(uuid("0003", n)) }
    static func dealID(_ n: Int) -> Deal.ID { Deal.ID(uuid("0004", n)) }
    static func postponementID(_ n: Int) -> Postponement.ID { Postponement.ID(uuid("0005", n)) }

    private static func uuid(_ group: String, _ n: Int) -> UUID {
        UUID(uuidString: String(format: "00000000-0000-0000-\(group)-%012d", n))!
    }

    static func activity(
        _ n: Int, _ type: ActivityType, owner: Int = 1, planned: Date, done: Date? = nil, minutes: Int = 60
    ) -> Activity {
        Activity(
            id: activityID(n), type: type, ownerID: Fixture.personID(owner), plannedDate: planned, doneDate: done,
            durationMinutes: minutes, source: .logged)
    }

    static func moved(
        _ n: Int, activity: Int, owner: Int = 1, from: Date, to: Date, reason: ReasonCode = "no_time", logged: Date? = nil
    ) -> Postponement {
        Postponement(
            id: postponementID(n), activityID: activityID(activity), ownerID: Fixture.personID(owner), from: from,
            change: .moved(to: to), reasonCode: reason, loggedAt: logged ?? from)
    }

    static func dropped(
        _ n: Int, activity: Int, owner: Int = 1, from: Date, reason: ReasonCode = "no_time", logged: Date? = nil,
        verdict: ReviewVerdict? = nil
    ) -> Postponement {
        Postponement(
            id: postponementID(n), activityID: activityID(activity), ownerID: Fixture.personID(owner), from: from,
            change: .dropped, reasonCode: reason, loggedAt: logged ?? from,
            review: verdict.map { PostponementReview(reviewerID: Fixture.personID(99), verdict: $0, reviewedAt: logged ?? from) })
    }

    static func deal(
        _ n: Int, owner: Int = 1, stage: DealStage, outcome: DealOutcome = .open, value: Decimal = 1000,
        created: Date = date(2026, 1, 5), engaged: Date? = nil, closed: Date? = nil
    ) -> Deal {
        Deal(
            id: dealID(n), ownerID: Fixture.personID(owner), stage: stage, value: value, createdAt: created,
            engagedAt: engaged, closedAt: closed, outcome: outcome)
    }

    /// A deal's history from (stage, entered) pairs.
    static func history(_ deal: Deal, _ stays: [(DealStage, Date)]) -> DealHistory {
        DealHistory(deal: deal, transitions: stays.map { StageTransition(dealID: deal.id, stage: $0.0, enteredAt: $0.1) })
    }

    /// 1 and 2 sell in team 1, 3 in team 2.
    static let people: [Person] = [
        Fixture.person(1, team: 1), Fixture.person(2, team: 1), Fixture.person(3, team: 2, market: Fixture.norway),
    ]
}
