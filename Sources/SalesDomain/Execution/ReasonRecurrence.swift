/// When a reason *recurs*: the same person gave it in at least ``minimumPeriods`` distinct
/// months of the ``windowPeriods`` months ending with the report's last month (weeks instead
/// when a report is counted by week).
///
/// "Came back once" made every reason of a busy team recur and said nothing; a habit is one
/// person reaching for the same reason month after month, so recurrence is counted per person,
/// and a group's row says for how many of its people the reason recurs. The window looks back
/// past a short report's start, because three months cannot be found in a two-month report.
public struct ReasonRecurrence: Hashable, Sendable, Codable {
    /// The periods looked at, ending with the report's last one.
    public var windowPeriods: Int
    /// Distinct periods of the window in which one person gave the reason.
    public var minimumPeriods: Int

    public init(windowPeriods: Int = 6, minimumPeriods: Int = 3) {
        self.windowPeriods = windowPeriods
        self.minimumPeriods = minimumPeriods
    }

    /// Three of the last six months.
    public static let standard = ReasonRecurrence()

    /// The ``windowPeriods`` periods ending with `last`, of its granularity.
    public func window(endingWith last: ReportingPeriod) -> ClosedRange<ReportingPeriod> {
        let steps = max(windowPeriods, 1) - 1
        let first: ReportingPeriod = switch last {
        case .week(let week): .week((0..<steps).reduce(week) { earlier, _ in earlier.previous })
        case .month(let month): .month(month.adding(months: -steps))
        }
        return first...last
    }

    /// Per reason, the people who gave it in at least ``minimumPeriods`` distinct periods of
    /// `window`; people's tallies of other periods, of the other granularity or with no
    /// postponement do not count, and reasons that recur for nobody are left out.
    public func recurringPeople(tallies: some Sequence<ReasonTally>, window: ClosedRange<ReportingPeriod>) -> [ReasonCode: Int] {
        var periods: [PersonReason: Set<ReportingPeriod>] = [:]
        for tally in tallies where tally.postponements > 0 && window.contains(tally.period)
            && tally.period.granularity == window.upperBound.granularity {
            periods[PersonReason(personID: tally.personID, reasonCode: tally.reasonCode), default: []].insert(tally.period)
        }
        var people: [ReasonCode: Int] = [:]
        for (key, given) in periods where given.count >= minimumPeriods {
            people[key.reasonCode, default: 0] += 1
        }
        return people
    }

    private struct PersonReason: Hashable {
        var personID: Person.ID
        var reasonCode: ReasonCode
    }
}
