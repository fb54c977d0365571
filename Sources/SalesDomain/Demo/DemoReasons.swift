/// Which reasons from ``ReasonCatalog/defaults`` demo sellers give, and how often.
///
/// Codes are held once here (a ``ReasonCode`` normalizes its text when made, which is too slow
/// to repeat ten million times); the tests check every one against the catalog.
enum DemoReasons {
    /// Obstacle-class reasons for an ordinary postponement, customer-caused ones most often.
    static let obstacles = WeightedCodes([
        ("customer_rescheduled", 40), ("customer_unavailable", 25), ("illness", 12), ("travel_disruption", 8),
        ("system_outage", 5), ("waiting_for_internal_approval", 10),
    ])
    /// Excuse-prone reasons: the seller's own prioritization.
    static let excuses = WeightedCodes([
        ("no_time", 35), ("other_priority", 30), ("internal_meeting_came_up", 15), ("not_prepared", 10), ("forgot", 10),
    ])
    /// What a seller who drops prospecting under load says: they ran out of time, or something
    /// else came first.
    static let pressure = WeightedCodes([("no_time", 60), ("other_priority", 40)])
    /// The structural obstacle's reason (see ``DemoStructuralObstacle``).
    static let waitingForCustomer: ReasonCode = "waiting_for_customer_input"
    static let customerRescheduled: ReasonCode = "customer_rescheduled"

    /// Every code the generator can write.
    static var allCodes: Set<ReasonCode> {
        Set(obstacles.codes + excuses.codes + pressure.codes + [waitingForCustomer, customerRescheduled])
    }

    struct WeightedCodes: Sendable {
        let codes: [ReasonCode]
        private let cumulativeWeights: [Int]

        init(_ entries: [(ReasonCode, Int)]) {
            codes = entries.map(\.0)
            var total = 0
            cumulativeWeights = entries.map { total += $0.1; return total }
        }

        func draw(_ random: inout SeededGenerator) -> ReasonCode {
            let ticket = random.below(cumulativeWeights[cumulativeWeights.count - 1])
            return codes[cumulativeWeights.firstIndex { $0 > ticket }!]
        }
    }
}
