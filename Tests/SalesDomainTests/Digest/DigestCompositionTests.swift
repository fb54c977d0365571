import Foundation
import Testing
@testable import SalesDomain

@Suite("What a manager's and a seller's weekly digest hold, counted by hand")
struct DigestCompositionTests {
    typealias C = CoachingFixture
    /// Composed at Monday 30 March 2026 07:00 CEST: today is the 30th, the week (2026-W14) ends Sunday 5 April.
    static let asOf = C.at("2026-03-30T05:00:00Z")
    static let week = ISOWeek(year: 2026, week: 14)!
    static let manager = C.manager(100, team: 3)
    static let names = Dictionary(uniqueKeysWithValues: [1, 2, 3, 100].map { (Fixture.personID($0), $0 == 100 ? "Manager" : "Person \($0)") })

    static func row(_ seller: Int, overdue: Bool, daysSinceLast: Int?) -> CadenceReport.SellerRow {
        CadenceReport.SellerRow(
            personID: Fixture.personID(seller), coachID: C.coach, completedThisMonth: 0, lastCompleted: nil, daysSinceLast: daysSinceLast,
            nextPlanned: nil, overdue: overdue, compliantMonths: 0, measuredMonths: 3, openItems: 0, overdueItems: 0)
    }

    static func seller(_ n: Int, overdue: Bool, daysSinceLast: Int?, suggestion: CoachingSuggestion? = nil) -> CoachingOverview.Seller {
        CoachingOverview.Seller(
            id: Fixture.personID(n), name: "Person \(n)", teamID: Fixture.teamID(3), coachName: "Manager",
            cadence: row(n, overdue: overdue, daysSinceLast: daysSinceLast), suggestion: suggestion, lastSessionType: nil, nextSessionID: nil)
    }

    static let skill = CoachingSuggestion(type: .skill, focus: .competency(DiagnosisFixture.coldCalling), reason: .competenceGap, areaKey: "prospecting")

    static let items: [ActionItem] = {
        var coachOwned = C.item(6, seller: 1, due: "2026-03-31")
        coachOwned.ownerID = C.coach
        var ofSeller3 = C.item(5, seller: 3, due: "2026-03-30")
        ofSeller3.ownerID = C.coach
        return [
            C.item(1, seller: 1, due: "2026-03-27"),                  // overdue
            C.item(2, seller: 2, due: "2026-04-05"),                  // due on the week's Sunday
            C.item(3, seller: 1, due: "2026-04-06"),                  // next week: left out
            C.item(4, seller: 2, due: "2026-03-20", status: .done),   // done: left out
            ofSeller3,                                                // due today: not overdue
            coachOwned,                                               // the coach's step for seller 1
        ]
    }()

    static func practiceRow(_ n: Int, due: Int, overdue: Int) -> PracticeTeamScreen.Row {
        PracticeTeamScreen.Row(
            personID: Fixture.personID(n), name: "Person \(n)", dueThisWeek: due, overdue: overdue, doneRecently: 0, streakWeeks: 0,
            practised: [], needed: [], awaitingObservation: 0, activeItems: due + overdue)
    }

    static func entry(_ n: Int, due: String, retired: Bool = false) -> PracticePlanScreen.Entry {
        let itemID = PracticeItem.ID(UUID(uuidString: String(format: "00000000-0000-0000-0009-%012d", n))!)
        let entry = PracticePlanEntry(
            id: .init(UUID(uuidString: String(format: "00000000-0000-0000-0008-%012d", n))!), personID: Fixture.personID(1), itemID: itemID,
            competencyID: DiagnosisFixture.coldCalling, reason: .competenceGap, startedOn: C.day("2026-03-01"),
            repetition: SpacedRepetition.State(goodInARow: 1, due: C.day(due)), retiredOn: retired ? C.day("2026-03-15") : nil)
        let item = PracticeItem(
            id: itemID, key: "item-\(n)", competencyID: DiagnosisFixture.coldCalling, aimLevel: 3, minutes: 10, title: LocalizedText(english: "Drill \(n)"),
            content: .drill(instructions: "Do it"))
        return PracticePlanScreen.Entry(entry: entry, item: item, competencyName: "Cold calling", status: .later, repetitions: 1, lastDone: nil)
    }

    @Test func aManagersDigestListsOverdueSellersStepsDueThisWeekFocusAndOverduePractice() {
        let facts = DigestFacts(
            recipient: Self.manager, week: Self.week, asOf: Self.asOf, calendar: .stockholm,
            sellers: [Self.seller(1, overdue: true, daysSinceLast: 30, suggestion: Self.skill), Self.seller(2, overdue: true, daysSinceLast: nil),
                      Self.seller(3, overdue: false, daysSinceLast: 4)],
            items: Self.items, names: Self.names,
            teamPractice: [Self.practiceRow(1, due: 2, overdue: 0), Self.practiceRow(3, due: 1, overdue: 2), Self.practiceRow(2, due: 0, overdue: 1)])

        let digest = Digest.compose(facts)!

        #expect(digest.audience == .manager && digest.week == Self.week)
        #expect(digest.today == C.day("2026-03-30") && digest.lastDay == C.day("2026-04-05"))
        // never coached first, then longest without a session
        #expect(digest.overdueSellers.map(\.name) == ["Person 2", "Person 1"])
        #expect(digest.overdueSellers.map(\.daysSinceLast) == [nil, 30])
        #expect(digest.maximumDaysBetween == 21)
        #expect(digest.steps.map(\.item.text) == ["Step 1", "Step 5", "Step 6", "Step 2"])
        #expect(digest.steps.map(\.overdue) == [true, false, false, false])
        #expect(digest.steps.map(\.sellerName) == ["Person 1", "Person 3", "Person 1", "Person 2"])
        #expect(digest.steps[1].ownerName == "Manager")
        #expect(digest.focus.map(\.name) == ["Person 1"] && digest.focus.first?.suggestion == Self.skill)
        #expect(digest.teamPractice.map(\.name) == ["Person 3", "Person 2"])
        #expect(digest.teamPractice.map(\.overdue) == [2, 1])
        #expect(digest.practice.isEmpty && !digest.isEmpty)
    }

    @Test func aSellersDigestListsTheirOwnCommitmentsAndPracticeDueByTheWeeksEnd() {
        let facts = DigestFacts(
            recipient: Fixture.person(1, team: 3), week: Self.week, asOf: Self.asOf, calendar: .stockholm,
            items: Self.items.filter { $0.sellerID == Fixture.personID(1) }, names: Self.names,
            practice: [Self.entry(1, due: "2026-04-06"), Self.entry(2, due: "2026-04-05"), Self.entry(3, due: "2026-03-29"),
                       Self.entry(4, due: "2026-03-01", retired: true)])

        let digest = Digest.compose(facts)!

        #expect(digest.audience == .seller)
        // The coach's own step for the seller is the coach's commitment, not theirs.
        #expect(digest.steps.map(\.item.text) == ["Step 1"] && digest.steps.map(\.overdue) == [true])
        #expect(digest.practice.map(\.title.english) == ["Drill 3", "Drill 2"])
        #expect(digest.practice.map(\.overdue) == [true, false])
        #expect(digest.overdueSellers.isEmpty && digest.focus.isEmpty && digest.teamPractice.isEmpty)
    }

    @Test func nothingDueMeansAnEmptyDigestAndLeadersGetNone() {
        let quiet = DigestFacts(
            recipient: Fixture.person(2, team: 3), week: Self.week, asOf: Self.asOf, calendar: .stockholm,
            items: [C.item(3, seller: 2, due: "2026-04-06")], practice: [Self.entry(1, due: "2026-04-06")])
        #expect(Digest.compose(quiet)?.isEmpty == true)
        let calmTeam = DigestFacts(
            recipient: Self.manager, week: Self.week, asOf: Self.asOf, calendar: .stockholm, sellers: [Self.seller(3, overdue: false, daysSinceLast: 2)],
            teamPractice: [Self.practiceRow(3, due: 3, overdue: 0)])
        #expect(Digest.compose(calmTeam)?.isEmpty == true)
        let leader = DigestFacts(recipient: Fixture.person(7, role: .leader, team: nil), week: Self.week, asOf: Self.asOf, calendar: .stockholm)
        #expect(Digest.compose(leader) == nil)
    }

    @Test func overdueIsJudgedOnTheLocalDayInOslo() {
        // 23:30Z on Sunday 29 March is already Monday 30 March 01:30 in Oslo (CEST): a step due the 29th is overdue.
        let facts = DigestFacts(
            recipient: Fixture.person(1, team: 3), week: Self.week, asOf: C.at("2026-03-29T23:30:00Z"),
            calendar: WeekCalendar(timeZoneIdentifier: "Europe/Oslo")!, items: [C.item(1, seller: 1, due: "2026-03-29")], names: Self.names)
        #expect(Digest.seller(facts).steps.map(\.overdue) == [true])
    }
}
