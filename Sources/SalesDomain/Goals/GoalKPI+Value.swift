import Foundation

extension GoalKPI {
    /// The KPI's value for a goal: over the deals won by the goal's owner — the person, everyone
    /// whose team is the goal's team or below it (`teamOf` gives a person's team;
    /// `subtree` the goal team's subtree), or everyone for a company goal — closed within the
    /// goal's period (`period`: from the start of its first day to the end of its due day in the
    /// organization's calendar). A deal counts for its owner's team of today: a seller who moved
    /// takes their wins with them.
    public func value(
        for owner: GoalOwner, period: Range<Date>, deals: some Sequence<Deal>, teamOf: (Person.ID) -> Team.ID?, subtree: Set<Team.ID>
    ) -> Double {
        var total = 0.0
        for deal in deals where deal.outcome == .won {
            guard let closedAt = deal.closedAt, period.contains(closedAt) else { continue }
            switch owner {
            case .company: break
            case .person(let id): guard deal.ownerID == id else { continue }
            case .team: guard let team = teamOf(deal.ownerID), subtree.contains(team) else { continue }
            }
            switch self {
            case .wonDeals: total += 1
            case .wonValue: total += NSDecimalNumber(decimal: deal.value).doubleValue
            }
        }
        return total
    }
}

extension Goal {
    /// The goal's period as instants: from the start of `start` to the start of the day after `due`.
    public func period(in calendar: WeekCalendar) -> Range<Date> {
        calendar.start(of: start)..<calendar.start(of: due.adding(days: 1))
    }
}
