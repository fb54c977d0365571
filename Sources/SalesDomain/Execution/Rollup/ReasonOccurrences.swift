/// How many distinct people gave each reason in a range of periods, kept as counts that add
/// up over people, so a team, market or organization rollup can hold it like any other sum.
///
/// A count of distinct people does not add up: a seller who gave a reason in two weeks is one
/// giver of it over both weeks, not two. So each person's weeks (and months) with a reason are
/// linked into a chain, every period to the previous one in which that person gave the reason
/// (``ReasonOccurrence``), and a group keeps how many of its people have each link.
///
/// Rule: the number of distinct people who gave reason r at least once in [a, b] is
///
///     givers(r, [a, b]) = Σ count(r, p, q)  over a ≤ p ≤ b and (q < a or no q)
///
/// because a person who gave r in [a, b] has exactly one such occurrence — their first one
/// inside the range, whose previous period lies before it or does not exist — and a person who
/// did not give r in [a, b] has none.
public struct ReasonOccurrences: AdditiveCounts, Hashable, Sendable {
    public private(set) var counts: [ReasonOccurrence: Int]

    public init(counts: [ReasonOccurrence: Int] = [:]) {
        self.counts = counts
    }

    public static let empty = ReasonOccurrences()

    /// One person's occurrences from their reason tallies, of either granularity or both;
    /// periods with no postponement are not occurrences.
    public static func of(_ tallies: some Sequence<ScopeReasonTally>) -> ReasonOccurrences {
        var periodsByChain: [ChainKey: [ReportingPeriod]] = [:]
        for tally in tallies where tally.postponements > 0 {
            periodsByChain[ChainKey(reasonCode: tally.reasonCode, granularity: tally.period.granularity), default: []].append(tally.period)
        }
        var occurrences = ReasonOccurrences()
        for (chain, periods) in periodsByChain {
            var previous: ReportingPeriod?
            for period in Set(periods).sorted() {
                occurrences.add(ReasonOccurrence(reasonCode: chain.reasonCode, period: period, previousPeriod: previous))
                previous = period
            }
        }
        return occurrences
    }

    public mutating func add(_ occurrence: ReasonOccurrence, count: Int = 1) {
        counts[occurrence, default: 0] += count
    }

    /// The number of distinct people who gave each reason at least once in `periods`, by the
    /// rule above; reasons nobody gave there are left out.
    public func givers(in periods: ClosedRange<ReportingPeriod>) -> [ReasonCode: Int] {
        var givers: [ReasonCode: Int] = [:]
        for (occurrence, count) in counts where occurrence.isFirst(in: periods) {
            givers[occurrence.reasonCode, default: 0] += count
        }
        return givers.filter { $0.value != 0 }
    }

    private struct ChainKey: Hashable {
        var reasonCode: ReasonCode
        var granularity: ReportingPeriod.Granularity
    }
}
