import Foundation

/// Every limit an activity's values are held to, whoever writes it: the plan page's form and
/// `POST /api/v1/activities` (`ActivityInput`), the log itself (``Activity/validated(asOf:)``,
/// `ActivityLog`) and the CRM import. Each writer hands over what it read and reports every
/// problem found here at once, renamed to its own field (a form field, a CSV column).
public enum ActivityLimits {
    /// The fields the limits name; a writer maps them to its own names.
    public enum Field: String, Sendable, CaseIterable {
        case plannedDate, doneDate, durationMinutes, subject
    }

    /// The minutes one activity may last: at most a day. A longer one is a data error — a
    /// duration in seconds read as minutes, a multi-day event — and a single such row would
    /// outweigh a seller's week in every time analysis. Zero is allowed: CRMs export tasks and
    /// e-mails without a duration, and they still count as planned and done work.
    public static let minutes = 0...1_440

    /// The years an activity may be planned or done in: every week is kept under a four-digit
    /// ISO week key, and no sales history Keel reads predates 2000 (an API fuzzer's year 672
    /// was stored, then no week of it could be read back).
    public static let years = 2000...2099

    /// The longest subject an activity keeps, in characters.
    public static let subjectLength = 500

    /// How far past `asOf` a done date may lie. A done date is a day, and writers reckon it in
    /// different zones: a CRM export's local times are read as UTC, so work done this morning in
    /// Helsinki can read as later than the import's clock. No zone is a day ahead of UTC, so a
    /// done date past that is not yet done anywhere.
    public static let doneDateLead: TimeInterval = 86_400

    /// Every problem with an activity's values, in the order of ``Field``; a `nil` value is one
    /// the writer did not have (absent, or already refused as unreadable) and is not checked.
    public static func problems(
        plannedDate: Date?, doneDate: Date? = nil, durationMinutes: Int?, subject: String? = nil, asOf: Date
    ) -> [FieldError] {
        var problems: [FieldError] = []
        if let plannedDate, let problem = yearProblem(plannedDate, field: .plannedDate) { problems.append(problem) }
        if let doneDate {
            if let problem = yearProblem(doneDate, field: .doneDate) {
                problems.append(problem)
            } else if doneDate > asOf.addingTimeInterval(doneDateLead) {
                problems.append(FieldError(field: Field.doneDate.rawValue, code: .invalidValue, .doneDateInFuture))
            }
        }
        if let durationMinutes, !minutes.contains(durationMinutes) { problems.append(durationProblem(String(durationMinutes))) }
        if let subject, subject.count > subjectLength {
            problems.append(FieldError(field: Field.subject.rawValue, code: .tooLong, .textTooLong, ["maximum": String(subjectLength)]))
        }
        return problems
    }

    /// The problem with a duration given as `value`, out of range or not a whole number at all:
    /// worded alike either way, with the range to give instead.
    public static func durationProblem(_ value: String) -> FieldError {
        FieldError(field: Field.durationMinutes.rawValue, code: .invalidValue, .activityDurationOutOfRange,
                   ["value": value, "minimum": String(minutes.lowerBound), "maximum": String(minutes.upperBound)])
    }

    private static let utcCalendar: Calendar = {
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    /// From the first instant of the first supported year (UTC) to before the first of the next.
    private static let supportedSpan: Range<Date> = {
        func start(of year: Int) -> Date { utcCalendar.date(from: DateComponents(year: year, month: 1, day: 1))! }
        return start(of: years.lowerBound)..<start(of: years.upperBound + 1)
    }()

    /// The problem with `date` as an activity's day when its year is not supported. Every
    /// imported activity is checked, so a date is compared with the span's two instants, and a
    /// calendar is made only to name the year of one that falls outside.
    public static func yearProblem(_ date: Date, field: Field) -> FieldError? {
        guard !supportedSpan.contains(date) else { return nil }
        let year = utcCalendar.component(.year, from: date)
        return FieldError(field: field.rawValue, code: .invalidValue, .activityDateOutOfRange,
                          ["value": String(year), "first": String(years.lowerBound), "last": String(years.upperBound)])
    }
}

extension [FieldError] {
    /// The errors with the limits' field names replaced by a writer's own; others are kept.
    public func renamed(_ names: [ActivityLimits.Field: String]) -> [FieldError] {
        map { error in
            guard let field = ActivityLimits.Field(rawValue: error.field), let name = names[field] else { return error }
            var renamed = error
            renamed.field = name
            return renamed
        }
    }
}
