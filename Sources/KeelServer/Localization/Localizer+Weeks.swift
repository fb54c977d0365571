import SalesDomain

/// Weeks as Nordic readers say them: "vecka 48 2026", "uke 48 2026", "week 48, 2026". The ISO
/// code "2026-W48" stays in links, form fields and the API, where a program reads it.
extension Localizer {
    /// One week, in the middle of a sentence.
    public func week(_ week: ISOWeek) -> String {
        switch language {
        case .english: "week \(week.week), \(week.year)"
        case .swedish: "vecka \(week.week) \(week.year)"
        case .norwegianBokmal: "uke \(week.week) \(week.year)"
        }
    }

    /// A run of weeks: "vecka 36–48 2026" within a year, "vecka 50 2025 – vecka 10 2026" across one.
    public func weeks(_ weeks: ClosedRange<ISOWeek>) -> String {
        let first = weeks.lowerBound, last = weeks.upperBound
        if first == last { return week(first) }
        guard first.year == last.year else { return "\(week(first)) – \(week(last))" }
        return switch language {
        case .english: "weeks \(first.week)–\(last.week), \(last.year)"
        case .swedish: "vecka \(first.week)–\(last.week) \(last.year)"
        case .norwegianBokmal: "uke \(first.week)–\(last.week) \(last.year)"
        }
    }

    /// A week as a row heading or a table cell, where the column already says it is a week and
    /// the year is the table's: "v. 48" / "uke 48" / "wk 48".
    public func weekNumber(_ week: ISOWeek) -> String {
        switch language {
        case .english: "wk \(week.week)"
        case .swedish: "v. \(week.week)"
        case .norwegianBokmal: "uke \(week.week)"
        }
    }
}

extension Localizer {
    /// Short labels for a chart axis of weeks: "v36", "v37" … in Swedish, "u36" in Norwegian,
    /// "W36" in English. When the weeks cross a new year, the first week and the first of each
    /// new year carry the year ("v51 2025", "v52", "v1 2026", "v2"), because "v52, v1" alone
    /// reads as going backwards and hides which year a week belongs to.
    public func weekAxisLabels(_ weeks: [ISOWeek]) -> [String] {
        let crossesYear = Set(weeks.map(\.year)).count > 1
        let prefix = switch language {
        case .english: "W"
        case .swedish: "v"
        case .norwegianBokmal: "u"
        }
        return weeks.enumerated().map { index, week in
            let opensYear = crossesYear && (index == 0 || weeks[index - 1].year != week.year)
            return "\(prefix)\(week.week)" + (opensYear ? " \(week.year)" : "")
        }
    }

    /// The indices of ``weekAxisLabels(_:)`` that open a new year: a chart keeps them however
    /// crowded its axis, or on a phone the year could be thinned away with its week.
    public func weekAxisYearStarts(_ weeks: [ISOWeek]) -> [Int] {
        weeks.indices.dropFirst().filter { weeks[$0 - 1].year != weeks[$0].year }
    }
}

extension String {
    /// The text with its first letter capitalized, for a worded value that opens a sentence or
    /// stands alone as a heading.
    var capitalizedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
