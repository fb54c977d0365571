import Foundation
import Testing
@testable import SalesDomain

@Suite("Impact: windows, interventions from coaching, groups and the comparison group, and bad input naming its field")
struct ImpactInputTests {
    typealias F = ImpactFixture

    static let now = F.calendar.start(of: F.week(20)).addingTimeInterval(3_600)

    @Test("Windows of 8 weeks around week 10: before 2–9, after 10–17, all over by week 20")
    func windows() throws {
        let windows = try ImpactWindows(start: F.calendar.start(of: F.week(10)).addingTimeInterval(86_400 * 2), now: Self.now, calendar: F.calendar)
        #expect(windows.before == F.week(2)...F.week(9))
        #expect(windows.after == F.week(10)...F.week(17))
        #expect(windows.afterWeeksOver == 8)
        #expect(ImpactMinimums.for(windows).weeksWithData == 4)
    }

    @Test("A window's weeks cross the new year")
    func acrossNewYear() {
        let windows = F.windows(start: 2, weeks: 4)
        #expect(windows.before == F.week(50, year: 2025)...F.week(1))
    }

    @Test("A window of 3 or 27 weeks names the field `weeks`; a start next week names `start`")
    func badInput() {
        for weeks in [3, 27] {
            do {
                _ = try ImpactWindows(start: Self.now, weeks: weeks, now: Self.now, calendar: F.calendar)
                Issue.record("accepted \(weeks) weeks")
            } catch {
                #expect(error.errors.map(\.field) == ["weeks"])
            }
        }
        do {
            _ = try ImpactWindows(start: Self.now.addingTimeInterval(7 * 86_400), weeks: 30, now: Self.now, calendar: F.calendar)
            Issue.record("accepted")
        } catch {
            #expect(error.errors.map(\.field) == ["weeks", "start"])
            #expect(error.errors.map(\.problem.key) == [.impactWindowOutOfRange, .impactWindowInFuture])
            #expect(error.errors[1].problem.arguments["week"] == "2026-W21")
        }
    }

    @Test("A comparison group that includes the treated seller names the field `comparison`")
    func comparisonIncludesSeller() {
        #expect(throws: FieldError.self) { try ImpactComparisonGroup.check([Fixture.personID(2), Fixture.personID(1)], treated: [Fixture.personID(1)]) }
        do {
            try ImpactComparisonGroup.check([Fixture.personID(2), Fixture.personID(1)], treated: [Fixture.personID(1)])
        } catch {
            #expect(error.field == "comparison" && error.problem.key == .impactComparisonIncludesSeller)
        }
    }

    @Test("Coaching: one intervention per seller and competency or KPI, from the first completed session with it")
    func fromCoaching() {
        typealias C = CoachingFixture
        let competency = DiagnosisFixture.coldCalling
        let sessions = [
            C.session(1, seller: 1, at: "2026-02-10T09:00:00Z", focus: .competency(competency)),
            C.session(2, seller: 1, at: "2026-01-20T09:00:00Z", focus: .competency(competency)),
            C.session(3, seller: 1, at: "2026-01-05T09:00:00Z", status: .cancelled, focus: .competency(competency)),
            C.session(4, seller: 2, at: "2026-03-01T09:00:00Z", focus: .activityType("call")),
            C.session(5, seller: 2, at: "2026-03-01T09:00:00Z", focus: .deal(.init(UUID()))),
            C.session(6, seller: 3, at: "2026-03-01T09:00:00Z"),
        ]
        let interventions = Intervention.coaching(from: sessions)
        #expect(interventions == [
            Intervention(sellerID: Fixture.personID(1), channel: .coaching, target: .competency(competency), startedAt: C.at("2026-01-20T09:00:00Z")),
            Intervention(sellerID: Fixture.personID(2), channel: .coaching, target: .activityType("call"), startedAt: C.at("2026-03-01T09:00:00Z")),
        ])
        #expect(Intervention.Target(reference: interventions[0].target.reference) == interventions[0].target)
    }

    @Test("Starts within 4 weeks of a group's first join it; a later one opens another group")
    func groups() {
        func start(_ seller: Int, week: Int, channel: Intervention.Channel = .coaching) -> Intervention {
            Intervention(sellerID: Fixture.personID(seller), channel: channel, target: F.target, startedAt: F.calendar.start(of: F.week(week)))
        }
        let groups = ImpactGroup.groups(
            of: [start(1, week: 10), start(2, week: 14), start(3, week: 15), start(4, week: 12, channel: .practice)], calendar: F.calendar)
        #expect(groups.map(\.interventions.count) == [2, 1, 1])
        #expect(groups.map(\.startWeek) == [F.week(10), F.week(15), F.week(12)])
    }

    @Test("Comparison sellers: same job role and market, not treated, no intervention on the target in the windows")
    func comparisonGroup() {
        func candidate(_ n: Int, role: JobRole = .accountExecutive, market: Market.ID? = Fixture.sweden) -> ImpactComparisonGroup.Candidate {
            .init(id: Fixture.personID(n), jobRole: role, marketID: market)
        }
        let windows = F.windows()
        let candidates = [
            candidate(1), candidate(2), candidate(3, role: .insideSales), candidate(4, market: Fixture.norway), candidate(5), candidate(6),
        ]
        let interventions = [
            Intervention(sellerID: Fixture.personID(5), channel: .practice, target: F.target, startedAt: F.calendar.start(of: F.week(12))),
            // Before both windows: seller 6 stays comparable.
            Intervention(sellerID: Fixture.personID(6), channel: .coaching, target: F.target, startedAt: F.calendar.start(of: F.week(1))),
        ]
        let chosen = ImpactComparisonGroup.choose(
            treated: [candidate(1)], candidates: candidates, interventions: interventions, target: F.target, span: windows.span,
            calendar: F.calendar)
        #expect(chosen == [Fixture.personID(2), Fixture.personID(6)])
    }
}
