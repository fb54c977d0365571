extension ISOWeek {
    /// Short labels for a chart axis of weeks: "W50", "W51" … while every week lies in one ISO
    /// year, and "2025-W50" … "2026-W04" with the year once the weeks cross a year, because
    /// "W50, W4, W10" reads as going backwards and hides which year a week belongs to.
    public static func axisLabels(_ weeks: [ISOWeek]) -> [String] {
        let crossesYear = Set(weeks.map(\.year)).count > 1
        return weeks.map { crossesYear ? $0.description : "W\($0.week)" }
    }
}
