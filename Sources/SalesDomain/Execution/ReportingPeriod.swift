import Foundation

/// A week or a month: the buckets a trend over time is counted in.
///
/// Encodes as the bucket's own name, `"2026-W02"` or `"2026-01"`; the two forms cannot be
/// confused, so one JSON field carries either.
public enum ReportingPeriod: Hashable, Sendable, Comparable, CustomStringConvertible {
    case week(ISOWeek)
    case month(CalendarMonth)

    public enum Granularity: String, Hashable, Sendable, Codable, CaseIterable {
        case week
        case month
    }

    public var granularity: Granularity {
        switch self {
        case .week: .week
        case .month: .month
        }
    }

    public init?(_ text: String) {
        if let week = ISOWeek(text) {
            self = .week(week)
        } else if let month = CalendarMonth(text) {
            self = .month(month)
        } else {
            return nil
        }
    }

    public var description: String {
        switch self {
        case .week(let week): week.description
        case .month(let month): month.description
        }
    }

    /// Weeks order among weeks and months among months; a report never mixes the two, so the
    /// cross-kind order (weeks first) only has to be consistent.
    public static func < (lhs: ReportingPeriod, rhs: ReportingPeriod) -> Bool {
        switch (lhs, rhs) {
        case (.week(let a), .week(let b)): a < b
        case (.month(let a), .month(let b)): a < b
        case (.week, .month): true
        case (.month, .week): false
        }
    }
}

extension ReportingPeriod: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let period = ReportingPeriod(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is neither a week (2026-W02) nor a month (2026-01)")
        }
        self = period
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
