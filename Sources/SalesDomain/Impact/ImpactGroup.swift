/// Interventions on one target by one channel whose starts lie close together, estimated as one:
/// what a leader asks ("did prospecting practice work?") rather than one seller at a time.
public struct ImpactGroup: Hashable, Sendable {
    /// Starts at most this many weeks after the group's first start join it; a later one opens a
    /// new group, since its "after" would be another season.
    public static let nearbyWeeks = 4

    public var channel: Intervention.Channel
    public var target: Intervention.Target
    public var interventions: [Intervention]
    /// The first start's week: the comparison sellers' windows are anchored there.
    public var startWeek: ISOWeek

    /// Every group of `interventions`, in order of channel, target and start.
    public static func groups(of interventions: [Intervention], calendar: WeekCalendar) -> [ImpactGroup] {
        let byKey = Dictionary(grouping: interventions) { Key(channel: $0.channel, target: $0.target) }
        var groups: [ImpactGroup] = []
        for (key, members) in byKey {
            var current: ImpactGroup?
            for intervention in members.sorted(by: { ($0.startedAt, $0.sellerID) < ($1.startedAt, $1.sellerID) }) {
                let week = calendar.week(containing: intervention.startedAt)
                if var group = current, weeks(from: group.startWeek, to: week) <= nearbyWeeks {
                    group.interventions.append(intervention)
                    current = group
                } else {
                    if let group = current { groups.append(group) }
                    current = ImpactGroup(channel: key.channel, target: key.target, interventions: [intervention], startWeek: week)
                }
            }
            if let group = current { groups.append(group) }
        }
        return groups.sorted { ($0.channel.rawValue, $0.target.reference, $0.startWeek) < ($1.channel.rawValue, $1.target.reference, $1.startWeek) }
    }

    /// Stable id for URLs: channel, target and first start week.
    public var id: String { "\(channel.rawValue)~\(target.reference)~\(startWeek)" }

    private struct Key: Hashable {
        var channel: Intervention.Channel
        var target: Intervention.Target
    }

    private static func weeks(from start: ISOWeek, to end: ISOWeek) -> Int {
        var count = 0
        var week = start
        while week < end && count <= nearbyWeeks {
            week = week.next
            count += 1
        }
        return count
    }
}
