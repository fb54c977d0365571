import Foundation

/// How long an organization keeps personal data (GDPR article 5(1)(e), storage limitation):
/// free texts — ratings' evidence, result comments, postponement notes, coaching notes and next
/// steps — are erased once older than ``textYears``; a person who left (was deactivated) more
/// than ``leaverYears`` ago is erased entirely. `nil` keeps them; numbers are always kept.
public struct RetentionPolicy: Hashable, Sendable, Codable {
    public var textYears: Int?
    public var leaverYears: Int?

    /// Longer than any retention Keel would be asked for; refused above it as a likely typo.
    public static let maximumYears = 50

    public init(textYears: Int? = nil, leaverYears: Int? = nil) {
        self.textYears = textYears
        self.leaverYears = leaverYears
    }

    /// Keeps everything until an admin sets a period: erasing by default would lose data an
    /// organization never agreed to lose.
    public static let keepEverything = RetentionPolicy()

    public var keepsEverything: Bool { textYears == nil && leaverYears == nil }

    /// Every problem at once, naming its field.
    public func validate() throws(FieldErrors) {
        var errors: [FieldError] = []
        for (field, years) in [("textYears", textYears), ("leaverYears", leaverYears)] {
            if let years, !(1...Self.maximumYears).contains(years) {
                errors.append(FieldError(field: field, code: .invalidValue, .numberBetween, ["minimum": "1", "maximum": String(Self.maximumYears)]))
            }
        }
        if !errors.isEmpty { throw FieldErrors(errors) }
    }

    /// Texts written before this moment are erased; `nil` when texts are kept.
    public func textCutoff(asOf date: Date, calendar: WeekCalendar) -> Date? {
        textYears.map { Self.yearsBefore(date, $0, calendar: calendar) }
    }

    /// People deactivated before this moment are erased; `nil` when leavers are kept.
    public func leaverCutoff(asOf date: Date, calendar: WeekCalendar) -> Date? {
        leaverYears.map { Self.yearsBefore(date, $0, calendar: calendar) }
    }

    /// Whole calendar years in the organization's zone, so a leap day never moves a cutoff a day.
    static func yearsBefore(_ date: Date, _ years: Int, calendar: WeekCalendar) -> Date {
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = calendar.timeZone
        return gregorian.date(byAdding: .year, value: -years, to: date)!
    }
}
