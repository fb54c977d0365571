/// A week or month in which one person gave one reason, linked to the previous week or month
/// in which the same person gave it: the key of ``ReasonOccurrences``.
public struct ReasonOccurrence: Hashable, Sendable, Codable, Comparable {
    public var reasonCode: ReasonCode
    public var period: ReportingPeriod
    /// `nil` for the first time the person gave the reason (at this granularity).
    public var previousPeriod: ReportingPeriod?

    public init(reasonCode: ReasonCode, period: ReportingPeriod, previousPeriod: ReportingPeriod?) {
        precondition(
            previousPeriod.map { $0 < period && $0.granularity == period.granularity } ?? true,
            "a previous period is an earlier period of the same granularity")
        self.reasonCode = reasonCode
        self.period = period
        self.previousPeriod = previousPeriod
    }

    /// Whether this is the person's first occurrence of the reason inside `periods`: the one
    /// occurrence that counts the person among the reason's givers there.
    public func isFirst(in periods: ClosedRange<ReportingPeriod>) -> Bool {
        guard periods.contains(period) else { return false }
        guard let previousPeriod else { return true }
        return previousPeriod < periods.lowerBound
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        if lhs.reasonCode != rhs.reasonCode { return lhs.reasonCode < rhs.reasonCode }
        if lhs.period != rhs.period { return lhs.period < rhs.period }
        switch (lhs.previousPeriod, rhs.previousPeriod) {
        case (nil, nil): return false
        case (nil, _): return true
        case (_, nil): return false
        case (let a?, let b?): return a < b
        }
    }
}
