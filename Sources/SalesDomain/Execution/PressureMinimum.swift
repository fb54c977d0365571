/// The least evidence a "dropped under pressure" difference must rest on before it is shown.
///
/// A rate from one loaded week swings from 0 to 100 % on a single activity (one call moved in
/// the one high-load week reads "+100 pp"), so a comparison is shown only when both sides have
/// at least ``weeks`` person-weeks of their kind and at least ``plannedActivities`` planned
/// activities of the type; below that the row says *not enough data*, with its counts. The
/// defaults ask for about a month of each kind of week and two weeks' worth of a weekly habit.
public struct PressureMinimum: Hashable, Sendable, Codable {
    /// Person-weeks in each kind of week: high-load and normal.
    public var weeks: Int
    /// Planned activities of the type in each kind of week.
    public var plannedActivities: Int

    public init(weeks: Int = 4, plannedActivities: Int = 10) {
        self.weeks = weeks
        self.plannedActivities = plannedActivities
    }

    public static let standard = PressureMinimum()

    /// Whether a comparison resting on these counts may be shown: every one of the four counts
    /// at its minimum or above.
    public func isMet(highLoadWeeks: Int, normalWeeks: Int, highLoadPlanned: Int, normalPlanned: Int) -> Bool {
        highLoadWeeks >= weeks && normalWeeks >= weeks
            && highLoadPlanned >= plannedActivities && normalPlanned >= plannedActivities
    }
}
