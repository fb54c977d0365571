import Foundation

/// The diagnosis screen's question (`/diagnosis` and `GET /api/v1/diagnosis`): the sellers of
/// one scope over a span of ISO weeks, against the latest assessment cycle closed by `asOf`.
/// Deal conversion covers the calendar months the weeks touch, as in the execution analyses.
public struct DiagnosisQuery: Hashable, Sendable {
    public var scope: AnalysisScope
    public var weeks: ClosedRange<ISOWeek>
    public var asOf: Date
    /// Which of the scope's sellers, most in need of attention first, and which of their changes
    /// the answer lists; its counts are always the whole scope's.
    public var page: ListPage

    public init(scope: AnalysisScope, weeks: ClosedRange<ISOWeek>, asOf: Date, page: ListPage = .all) {
        self.scope = scope
        self.weeks = weeks
        self.asOf = asOf
        self.page = page
    }

    /// The same number of weeks just before: what the changes are measured against.
    public var previousWeeks: ClosedRange<ISOWeek> {
        let end = weeks.lowerBound.previous
        var start = end
        for _ in 1..<ISOWeek.all(in: weeks).count { start = start.previous }
        return start...end
    }
}
