/// When a practised item comes back (SPEC §5): spaced repetition, so a skill is practised again
/// just as it would start to fade, and practice never ends.
///
/// The rule, as a pure function of the item's state and how the repetition went:
/// - a new item is due the day it enters the plan;
/// - after the n-th good repetition in a row it comes back after `intervals[n − 1]` days —
///   1, 3, 7, 14, then every 30 days for as long as it stays in the plan;
/// - a poor repetition (``PracticeOutcome/poor``) sends it back to the start: due the next day,
///   the run of good repetitions at zero;
/// - an observer's later score of the same repetition replaces the seller's own verdict
///   (``PracticeOutcome/of(selfScore:observedLevel:aimLevel:)``).
public enum SpacedRepetition {
    public static let intervals = [1, 3, 7, 14, 30]

    /// Where one item stands in its repetitions.
    public struct State: Hashable, Sendable, Codable {
        /// Good repetitions in a row since the item entered the plan or last went poorly.
        public var goodInARow: Int
        public var due: CalendarDay

        public init(goodInARow: Int, due: CalendarDay) {
            self.goodInARow = goodInARow
            self.due = due
        }

        /// An item just added to a plan.
        public static func new(on day: CalendarDay) -> State { State(goodInARow: 0, due: day) }
    }

    /// The state of an item that entered the plan on `start` after these repetitions, oldest
    /// first: how a later observer's score re-schedules an item without keeping every past state.
    public static func replay(from start: CalendarDay, _ repetitions: [(day: CalendarDay, outcome: PracticeOutcome)]) -> State {
        repetitions.reduce(State.new(on: start)) { next(after: $0, outcome: $1.outcome, on: $1.day) }
    }

    /// The state after a repetition done on `day`.
    public static func next(after state: State, outcome: PracticeOutcome, on day: CalendarDay) -> State {
        switch outcome {
        case .poor:
            return State(goodInARow: 0, due: day.adding(days: intervals[0]))
        case .good:
            let run = state.goodInARow + 1
            return State(goodInARow: run, due: day.adding(days: intervals[min(run, intervals.count) - 1]))
        }
    }
}

/// How one repetition went, for scheduling.
public enum PracticeOutcome: String, Hashable, Sendable, Codable {
    case good, poor

    /// A self-score of 1 or 2 on ``PracticeRep/selfScores`` is poor; so is an observer's level
    /// below the level the item aims at, which decides when there is one — the observer saw it.
    public static func of(selfScore: Int, observedLevel: Int?, aimLevel: Int) -> PracticeOutcome {
        if let observedLevel { return observedLevel < aimLevel ? .poor : .good }
        return selfScore <= 2 ? .poor : .good
    }
}
