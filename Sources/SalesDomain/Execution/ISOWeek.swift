import Foundation

/// An ISO 8601 week: Monday to Sunday, week 1 being the week that holds the year's first
/// Thursday. `year` is the ISO week-numbering year, which differs from the calendar year for a
/// few days around New Year (Monday 2024-12-30 is in `2025-W01`).
///
/// Which week a moment falls in depends on the time zone; ``WeekCalendar`` does that conversion.
/// A week encodes as its ISO 8601 name, `"2026-W02"`, so JSON keys, CSV cells and URLs stay
/// readable and sort in time order.
public struct ISOWeek: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let year: Int
    public let week: Int

    /// `nil` when `week` is outside `1...weeks(inYear: year)`.
    public init?(year: Int, week: Int) {
        guard week >= 1, week <= ISOWeek.weeks(inYear: year) else { return nil }
        self.year = year
        self.week = week
    }

    /// Parses `"2026-W02"` (the ISO 8601 extended form); `nil` for anything else.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[1].first == "W", parts[1].count == 3,
              let year = Int(parts[0]), parts[0].count == 4, let week = Int(parts[1].dropFirst())
        else { return nil }
        self.init(year: year, week: week)
    }

    /// 52 or 53. A year has 53 ISO weeks when it starts on a Thursday, or is a leap year that
    /// starts on a Wednesday; `p` below is the weekday of 31 December (0 = Sunday … 4 = Thursday).
    public static func weeks(inYear year: Int) -> Int {
        func p(_ y: Int) -> Int { (y + y / 4 - y / 100 + y / 400) % 7 }
        return p(year) == 4 || p(year - 1) == 3 ? 53 : 52
    }

    public var next: ISOWeek {
        week < ISOWeek.weeks(inYear: year)
            ? ISOWeek(uncheckedYear: year, week: week + 1)
            : ISOWeek(uncheckedYear: year + 1, week: 1)
    }

    public var previous: ISOWeek {
        week > 1
            ? ISOWeek(uncheckedYear: year, week: week - 1)
            : ISOWeek(uncheckedYear: year - 1, week: ISOWeek.weeks(inYear: year - 1))
    }

    /// Every week from the range's lower bound through its upper bound, oldest first.
    public static func all(in range: ClosedRange<ISOWeek>) -> [ISOWeek] {
        var weeks = [range.lowerBound]
        while let last = weeks.last, last < range.upperBound {
            weeks.append(last.next)
        }
        return weeks
    }

    public var description: String {
        "\(year)-W\(week < 10 ? "0" : "")\(week)"
    }

    public static func < (lhs: ISOWeek, rhs: ISOWeek) -> Bool {
        (lhs.year, lhs.week) < (rhs.year, rhs.week)
    }

    private init(uncheckedYear year: Int, week: Int) {
        self.year = year
        self.week = week
    }
}

extension ISOWeek: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let week = ISOWeek(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not an ISO week such as 2026-W02")
        }
        self = week
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension ISOWeek: CodingKeyRepresentable {
    public var codingKey: any CodingKey { ISOWeekCodingKey(stringValue: description) }

    public init?<T: CodingKey>(codingKey: T) {
        self.init(codingKey.stringValue)
    }
}

private struct ISOWeekCodingKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
