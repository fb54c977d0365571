import Foundation
import Testing
@testable import SalesDomain

/// The limits every writer of an activity applies, at their boundaries (hand-listed).
@Suite struct ActivityLimitsTests {
    static let asOf = Date(timeIntervalSince1970: 1_770_019_200) // 2026-02-02T08:00:00Z
    static let planned = Date(timeIntervalSince1970: 1_767_600_000) // 2026-01-05T08:00:00Z

    static func problems(plannedDate: Date? = planned, doneDate: Date? = nil, minutes: Int? = 30, subject: String? = nil) -> [FieldError] {
        ActivityLimits.problems(plannedDate: plannedDate, doneDate: doneDate, durationMinutes: minutes, subject: subject, asOf: asOf)
    }

    @Test(arguments: [(-1, false), (0, true), (1, true), (1_440, true), (1_441, false)])
    func minutesFromNoneToADay(minutes: Int, kept: Bool) {
        let expected = kept ? [] : [FieldError(field: "durationMinutes", code: .invalidValue, .activityDurationOutOfRange,
                                               ["value": String(minutes), "minimum": "0", "maximum": "1440"])]
        #expect(Self.problems(minutes: minutes) == expected)
    }

    @Test(arguments: [
        (946_684_799.0, "1999"), // 1999-12-31T23:59:59Z
        (946_684_800.0, nil), // 2000-01-01T00:00:00Z
        (4_102_444_799.0, nil), // 2099-12-31T23:59:59Z
        (4_102_444_800.0, "2100"), // 2100-01-01T00:00:00Z
    ] as [(Double, String?)])
    func yearsFrom2000To2099InUTC(seconds: Double, refusedYear: String?) {
        let day = Date(timeIntervalSince1970: seconds)
        let expected = refusedYear.map { [FieldError(field: "plannedDate", code: .invalidValue, .activityDateOutOfRange,
                                                     ["value": $0, "first": "2000", "last": "2099"])] } ?? []
        #expect(Self.problems(plannedDate: day) == expected)
        // A done date is held to the same years (its future rule cannot apply this far back).
        if seconds < Self.asOf.timeIntervalSince1970 {
            #expect(Self.problems(doneDate: day) == expected.map { FieldError(field: "doneDate", code: $0.code, $0.problem) })
        }
    }

    @Test(arguments: [(0.0, true), (-86_400.0 * 30, true), (86_400.0, true), (86_401.0, false)])
    func aDoneDateAtMostADayPastTheClock(offset: TimeInterval, kept: Bool) {
        let done = Self.asOf.addingTimeInterval(offset)
        #expect(Self.problems(doneDate: done) == (kept ? [] : [FieldError(field: "doneDate", code: .invalidValue, .doneDateInFuture)]))
    }

    @Test func aDoneDateOutsideTheYearsIsNamedByItsYearNotAsFuture() {
        let done = Date(timeIntervalSince1970: 4_102_444_800) // 2100-01-01
        #expect(Self.problems(doneDate: done).map(\.problem.key) == [.activityDateOutOfRange])
    }

    @Test(arguments: [(String(repeating: "x", count: 500), true), (String(repeating: "å", count: 500), true),
                      (String(repeating: "👋🏽", count: 500), true), (String(repeating: "x", count: 501), false), ("", true)])
    func aSubjectOfAtMost500Characters(subject: String, kept: Bool) {
        #expect(Self.problems(subject: subject) == (kept ? [] : [FieldError(field: "subject", code: .tooLong, .textTooLong, ["maximum": "500"])]))
    }

    @Test func everyProblemAtOnceInFieldOrderAndUncheckedValuesAreSkipped() {
        let all = Self.problems(
            plannedDate: Date(timeIntervalSince1970: 0), doneDate: Self.asOf.addingTimeInterval(2 * 86_400), minutes: 5_000,
            subject: String(repeating: "x", count: 501))
        #expect(all.map(\.field) == ["plannedDate", "doneDate", "durationMinutes", "subject"])
        #expect(Self.problems(plannedDate: nil, minutes: nil).isEmpty)
    }

    @Test func aWriterRenamesTheFieldsToItsOwn() {
        let renamed = Self.problems(minutes: 1_441, subject: String(repeating: "x", count: 501))
            .renamed([.durationMinutes: "minutes"])
        #expect(renamed.map(\.field) == ["minutes", "subject"])
    }

    @Test func theLogsOwnCheckAppliesTheSameLimits() throws {
        var activity = Activity(id: .init(UUID()), type: .call, ownerID: .init(UUID()), plannedDate: Self.planned,
                                durationMinutes: 1_441, source: .logged)
        #expect(throws: Self.problems(minutes: 1_441)[0]) { try activity.validated(asOf: Self.asOf) }
        activity.durationMinutes = 1_440
        activity.doneDate = Self.asOf.addingTimeInterval(86_401)
        #expect(throws: FieldError(field: "doneDate", code: .invalidValue, .doneDateInFuture)) { try activity.validated(asOf: Self.asOf) }
        activity.doneDate = Self.asOf.addingTimeInterval(86_400)
        #expect(try activity.validated(asOf: Self.asOf) == activity)
    }
}
