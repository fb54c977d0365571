import Foundation
@testable import SalesDomain

/// Sessions and next steps on fixed dates, Stockholm time.
enum CoachingFixture {
    static let calendar = WeekCalendar.stockholm
    static let coach = Fixture.personID(100)
    static let otherCoach = Fixture.personID(101)

    static func manager(_ n: Int, team: Int) -> Person {
        var person = Fixture.person(n, role: .manager, team: team)
        person.jobRole = .salesManager
        return person
    }

    static func sessionID(_ n: Int) -> CoachingSession.ID { .init(UUID(uuidString: String(format: "00000000-0000-0000-0005-%012d", n))!) }
    static func itemID(_ n: Int) -> ActionItem.ID { .init(UUID(uuidString: String(format: "00000000-0000-0000-0006-%012d", n))!) }

    /// `"2026-01-31T23:30:00Z"` as a date.
    static func at(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }
    static func day(_ text: String) -> CalendarDay { CalendarDay(text)! }

    static func session(
        _ n: Int, seller: Int = 1, coach: Person.ID = coach, type: CoachingSessionType = .skill, at text: String,
        minutes: Int = 30, status: CoachingSession.Status = .completed, focus: CoachingFocus? = nil
    ) -> CoachingSession {
        CoachingSession(
            id: sessionID(n), sellerID: Fixture.personID(seller), coachID: coach, type: type, scheduledAt: at(text),
            durationMinutes: minutes, focus: focus, status: status)
    }

    static func item(_ n: Int, seller: Int = 1, session: Int = 1, due: String, status: ActionItem.Status = .open) -> ActionItem {
        ActionItem(
            id: itemID(n), sellerID: Fixture.personID(seller), sessionID: sessionID(session), text: "Step \(n)",
            ownerID: Fixture.personID(seller), due: day(due), status: status)
    }
}
