import Foundation
import Testing
@testable import SalesDomain

@Suite("Coaching rhythm: compliance, overdue sellers, coaching load, type balance and follow-up, counted by hand")
struct CadenceReportTests {
    typealias C = CoachingFixture

    /// Team 3: sellers 1 and 2, coached by manager 100; team 4: seller 3, coached by manager 101.
    static let people: [Person] = [
        Fixture.person(1, team: 3), Fixture.person(2, team: 3), Fixture.person(3, team: 4),
        C.manager(100, team: 3), C.manager(101, team: 4),
    ]
    static let roster = CoachingRoster(people: people, hierarchy: TeamHierarchy(Fixture.teams))
    static let january = CalendarMonth(year: 2026, month: 1)!
    static let february = CalendarMonth(year: 2026, month: 2)!

    static let sessions = [
        // 00:30 on 1 February in Stockholm: a February session, though it is still January in UTC.
        C.session(1, seller: 1, at: "2026-01-31T23:30:00Z", focus: .competency(DiagnosisFixture.coldCalling)),
        C.session(2, seller: 1, at: "2026-01-15T09:00:00Z"),
        C.session(3, seller: 1, type: .deal, at: "2026-01-20T09:00:00Z"),
        // Seller 1 was coached by manager 101 too in February (a change of manager mid-month).
        C.session(4, seller: 1, coach: C.otherCoach, type: .pipeline, at: "2026-02-10T09:00:00Z"),
        C.session(5, seller: 2, at: "2026-02-17T09:00:00Z", minutes: 60),
        C.session(6, seller: 2, at: "2026-03-12T09:00:00Z", status: .planned),
        C.session(7, seller: 3, coach: C.otherCoach, at: "2026-02-02T09:00:00Z", status: .cancelled),
        C.session(8, seller: 1, type: .followUp, at: "2026-03-02T08:00:00Z"),
    ]
    static let items = [
        C.item(1, seller: 1, due: "2026-01-10", status: .done), C.item(2, seller: 1, due: "2026-02-05", status: .notDone),
        C.item(3, seller: 1, due: "2026-02-25"), C.item(4, seller: 1, due: "2026-03-15"),
        C.item(5, seller: 2, due: "2026-02-20", status: .done),
    ]

    func report(asOf: String = "2026-03-10T12:00:00Z") -> CadenceReport {
        CadenceReport(
            roster: Self.roster, sessions: Self.sessions, items: Self.items, policy: .standard, months: Self.january...Self.february,
            asOf: C.at(asOf), calendar: C.calendar, areaOfCompetency: [DiagnosisFixture.coldCalling: "prospecting"],
            areaKeys: ["prospecting", "negotiation"])
    }

    @Test("Each seller: compliant months by local month, days since the last session, the next one planned, open and overdue steps")
    func sellers() throws {
        let report = report()
        let one = try #require(report.seller(Fixture.personID(1)))
        #expect(one.compliantMonths == 2, "January 15 and 20; February 1 (local) and 10, whoever held them")
        #expect(one.measuredMonths == 2)
        #expect(one.completedThisMonth == 1)
        #expect(one.daysSinceLast == 8)
        #expect(!one.overdue)
        #expect(one.openItems == 2)
        #expect(one.overdueItems == 1, "step 3 was due 25 February; step 4 is not due yet")

        let two = try #require(report.seller(Fixture.personID(2)))
        #expect(two.compliantMonths == 0)
        #expect(two.daysSinceLast == 21)
        #expect(!two.overdue, "exactly the policy's 21 days is not yet overdue")
        #expect(two.nextPlanned == C.at("2026-03-12T09:00:00Z"))
        #expect(self.report(asOf: "2026-03-11T12:00:00Z").seller(Fixture.personID(2))?.overdue == true)

        let three = try #require(report.seller(Fixture.personID(3)))
        #expect(three.overdue, "never coached: a cancelled session does not count")
        #expect(three.daysSinceLast == nil)
    }

    @Test("Each coach: compliance of the sellers they coach now, load from the sessions they held, types never used, follow-up rate")
    func coaches() throws {
        let report = report()
        let first = try #require(report.coach(C.coach))
        #expect(first.sellers == 2)
        #expect(first.compliance == .init(part: 2, whole: 4))
        #expect(first.overdueSellers == 0)
        #expect(first.sessions == 4, "sessions 1, 2, 3 and 5; session 8 is in March, outside the window")
        #expect(first.hours == 2.5)
        #expect(first.sessionsPerSellerPerMonth == 1)
        #expect(first.hoursPerSellerPerMonth == 0.625)
        #expect(first.sessionsByType == [.skill: 3, .deal: 1])
        #expect(first.typesNeverUsed == [.pipeline, .followUp, .meetingPreparation])
        #expect(first.followUp == .init(part: 2, whole: 4), "done: steps 1 and 5; not done: 2; open past due: 3; step 4 is due after the window")

        let second = try #require(report.coach(C.otherCoach))
        #expect(second.sellers == 1)
        #expect(second.compliance == .init(part: 0, whole: 2))
        #expect(second.overdueSellers == 1)
        #expect(second.sessions == 1)
        #expect(second.sessionsPerSellerPerMonth == 0.5)
        #expect(report.areasUntouched == ["negotiation"])
    }

    @Test("A group's tally adds its sellers' months, overdue sellers and next steps")
    func groupTally() {
        let report = report()
        let tally = report.tally(of: [Fixture.personID(1), Fixture.personID(3)], items: Self.items, today: C.day("2026-03-10"))
        #expect(tally.sellers == 2)
        #expect(tally.compliance == .init(part: 2, whole: 4))
        #expect(tally.overdueSellers == 1)
        #expect(tally.followUp == .init(part: 1, whole: 3))
        #expect(tally.compliance.rate == 0.5)
        #expect(CadenceReport.Share().rate == nil)
    }

    @Test("Days since the last session count midnights, so a span across the spring daylight-saving change is not a day short")
    func daylightSaving() throws {
        // Last session 00:30 on 29 March (local, the night clocks move forward); 00:30 on 20 April is 22 days later,
        // though only 21 days and 23 hours have passed.
        let sessions = [C.session(1, seller: 1, at: "2026-03-28T23:30:00Z")]
        let report = CadenceReport(
            roster: Self.roster, sessions: sessions, items: [], policy: .standard, months: Self.january...Self.february,
            asOf: C.at("2026-04-19T22:30:00Z"), calendar: C.calendar)
        let one = try #require(report.seller(Fixture.personID(1)))
        #expect(one.daysSinceLast == 22)
        #expect(one.overdue)
    }

    @Test("The roster: a seller's coach is a manager of their team, else of the nearest team above; sellers only")
    func roster() {
        let people = [
            Fixture.person(1, team: 3), Fixture.person(2, team: 4), Fixture.person(3, team: 1),
            C.manager(100, team: 3), C.manager(101, team: 2),
            C.manager(102, team: 2),
        ]
        let roster = CoachingRoster(people: people, hierarchy: TeamHierarchy(Fixture.teams))
        #expect(roster.coach(of: Fixture.personID(1)) == C.coach)
        #expect(roster.coach(of: Fixture.personID(2)) == C.otherCoach, "team 4 has no manager: team 2's, the first by name")
        #expect(roster.coach(of: Fixture.personID(3)) == nil, "nobody manages team 1 or above it")
        #expect(roster.entries.count == 3, "managers are not in the roster: only sellers are coached here")
    }

    @Test("The policy: at least one a month, the maximum no lower than the minimum, a gap from 1 to 92 days")
    func policy() {
        #expect(throws: FieldErrors([
            FieldError(field: "minimumPerMonth", code: .invalidValue, .numberBetween, ["minimum": "1", "maximum": "20"]),
            FieldError(field: "maximumDaysBetween", code: .invalidValue, .numberBetween, ["minimum": "1", "maximum": "92"]),
        ])) { try CadencePolicy(minimumPerMonth: 0, maximumPerMonth: 3, maximumDaysBetween: 0).validated() }
        #expect(throws: FieldErrors([
            FieldError(field: "maximumPerMonth", code: .invalidValue, .numberBetween, ["minimum": "4", "maximum": "20"]),
        ])) { try CadencePolicy(minimumPerMonth: 4, maximumPerMonth: 3).validated() }
    }

    @Test("A minimum above the scale is reported, not a crash (an API fuzzer's PUT of 21 and 20 stopped the server)")
    func policyAboveTheScale() {
        #expect(throws: FieldErrors([
            FieldError(field: "minimumPerMonth", code: .invalidValue, .numberBetween, ["minimum": "1", "maximum": "20"]),
        ])) { try CadencePolicy(minimumPerMonth: 21, maximumPerMonth: 20).validated() }
        #expect(throws: FieldErrors([
            FieldError(field: "minimumPerMonth", code: .invalidValue, .numberBetween, ["minimum": "1", "maximum": "20"]),
            FieldError(field: "maximumPerMonth", code: .invalidValue, .numberBetween, ["minimum": "20", "maximum": "20"]),
        ])) { try CadencePolicy(minimumPerMonth: 40, maximumPerMonth: 19).validated() }
        #expect(throws: FieldErrors([
            FieldError(field: "maximumPerMonth", code: .invalidValue, .numberBetween, ["minimum": "1", "maximum": "20"]),
        ])) { try CadencePolicy(minimumPerMonth: 1, maximumPerMonth: -370_281_675).validated() }
    }
}
