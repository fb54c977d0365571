import Foundation

/// The weeks before and after an intervention's start that an estimate compares: `before` ends
/// with the week before the start week, `after` begins with the start week.
public struct ImpactWindows: Hashable, Sendable, Codable {
    /// Weeks in each window when not asked otherwise.
    public static let defaultWeeks = 8
    /// A window shorter than 4 weeks is mostly noise; one longer than 26 mixes in the seasons
    /// and everything else that happened that half-year.
    public static let allowedWeeks: ClosedRange<Int> = 4...26

    public var startWeek: ISOWeek
    public var weeks: Int
    public var before: ClosedRange<ISOWeek>
    public var after: ClosedRange<ISOWeek>
    /// The after-window's weeks that are over by `now`: an estimate made early uses those only.
    public var afterSoFar: ClosedRange<ISOWeek>?

    /// Checks the question: a window length outside ``allowedWeeks`` (field `weeks`) or a start in
    /// a week after `now`'s (field `start`).
    public init(start: Date, weeks: Int = ImpactWindows.defaultWeeks, now: Date, calendar: WeekCalendar) throws(FieldErrors) {
        var problems = FieldErrors.Collector()
        if !Self.allowedWeeks.contains(weeks) {
            problems.append(FieldError(
                field: "weeks", code: .invalidValue, .impactWindowOutOfRange,
                ["minimum": "\(Self.allowedWeeks.lowerBound)", "maximum": "\(Self.allowedWeeks.upperBound)"]))
        }
        let startWeek = calendar.week(containing: start)
        let thisWeek = calendar.week(containing: now)
        if startWeek > thisWeek {
            problems.append(FieldError(field: "start", code: .invalidValue, .impactWindowInFuture, ["week": startWeek.description]))
        }
        try problems.throwIfAny()
        self.init(startWeek: startWeek, weeks: weeks, thisWeek: thisWeek)
    }

    /// Unchecked, for a start week and length already checked.
    public init(startWeek: ISOWeek, weeks: Int, thisWeek: ISOWeek) {
        self.startWeek = startWeek
        self.weeks = weeks
        var first = startWeek
        for _ in 0..<weeks { first = first.previous }
        before = first...startWeek.previous
        var last = startWeek
        for _ in 1..<weeks { last = last.next }
        after = startWeek...last
        // The running week is not over: its planned work may still be done on time.
        let lastOver = min(last, thisWeek.previous)
        afterSoFar = lastOver >= startWeek ? startWeek...lastOver : nil
    }

    /// Weeks of the after-window that are over.
    public var afterWeeksOver: Int { afterSoFar.map { ISOWeek.all(in: $0).count } ?? 0 }

    /// Both windows, for reading the weekly rows behind an estimate in one range.
    public var span: ClosedRange<ISOWeek> { before.lowerBound...after.upperBound }
}
