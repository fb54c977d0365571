import Foundation

/// Win rate and sales-cycle length of one group's closed deals (SPEC §2, analysis 5).
public struct DealResults: Hashable, Sendable, Codable {
    public var won: Int
    public var lost: Int
    /// Won deals with a cycle (``Deal/salesCycleDays(calendar:)``): the sample of `medianCycleDays`.
    public var wonWithCycle: Int
    /// Of `wonWithCycle`, the deals without an engagement date, whose cycle counts from their
    /// creation (``Deal/SalesCycle/Start/creation``): a reader must know the figure mixes both.
    public var wonCycleFromCreation: Int
    public var medianCycleDays: Double?

    public init(won: Int, lost: Int, wonWithCycle: Int, wonCycleFromCreation: Int = 0, medianCycleDays: Double?) {
        self.won = won
        self.lost = lost
        self.wonWithCycle = wonWithCycle
        self.wonCycleFromCreation = wonCycleFromCreation
        self.medianCycleDays = medianCycleDays
    }

    /// won ÷ (won + lost); `nil` when nothing closed. Open deals are not in it: they have not
    /// been decided, and counting them as losses would punish a full pipeline.
    public var winRate: Double? {
        Double.ratio(won, of: won + lost)
    }

    /// Win rate and cycle time per group, for deals closed in `closedIn` (all closed deals when
    /// `nil`); the deal's group is its owner's.
    ///
    /// Definitions:
    /// - win rate = won ÷ (won + lost);
    /// - cycle time of a won deal = calendar days from `engagedAt` (first engagement), else
    ///   `createdAt`, to `closedAt`, in the calendar's time zone (``Deal/salesCycleDays(calendar:)``),
    ///   with the deals measured from their creation counted apart (`wonCycleFromCreation`);
    ///   the group's figure is the median (``Percentile/median(of:)``: the mean of the two middle
    ///   values for an even count).
    ///
    /// Groups without closed deals in the period are absent.
    public static func byGroup<Key>(
        deals: some Sequence<Deal>, grouping: PersonGrouping<Key>, closedIn: Range<Date>? = nil,
        calendar: WeekCalendar
    ) -> [Key: DealResults] {
        var accumulators: [Key: DealResultsAccumulator] = [:]
        for deal in deals where deal.isClosed {
            guard let closedAt = deal.closedAt, closedIn?.contains(closedAt) ?? true else { continue }
            let cycle = deal.salesCycle(calendar: calendar)
            for key in grouping.keys(for: deal.ownerID) {
                var accumulator = accumulators[key, default: DealResultsAccumulator()]
                if deal.outcome == .won { accumulator.won += 1 } else { accumulator.lost += 1 }
                if let cycle { accumulator.cycles.append(Double(cycle.days)) }
                if cycle?.start == .creation { accumulator.fromCreation += 1 }
                accumulators[key] = accumulator
            }
        }
        return accumulators.mapValues { accumulator in
            DealResults(
                won: accumulator.won, lost: accumulator.lost, wonWithCycle: accumulator.cycles.count,
                wonCycleFromCreation: accumulator.fromCreation, medianCycleDays: Percentile.median(of: accumulator.cycles))
        }
    }
}

private struct DealResultsAccumulator {
    var won = 0
    var lost = 0
    var cycles: [Double] = []
    var fromCreation = 0
}
