/// How far a goal has come, as a fraction from 0 to 1, and what that fraction rests on.
///
/// The roll-up rule (``rollUp(_:kpiValues:)``), one rule for every level:
/// - **A goal with a measure** (manual or KPI): progress = value ÷ target, clamped to 0…1.
///   The value is the latest entered one for a manual goal (none entered yet counts as 0) and
///   Keel's computed KPI over the goal's period for its owner otherwise. Going past the target
///   stays at 1 (a goal is reached, not "150 % reached"); a value that falls — a manual value
///   entered lower, or a KPI corrected by a later import (a won deal re-opened) — lowers the
///   progress with it: progress is the current value, never the best one seen. A target of 0
///   or below is refused when the goal is saved (``GoalDraft``); should one be stored anyway,
///   the goal has no progress rather than a division by zero.
/// - **A goal with children and no measure**: the weighted mean of its children's progress,
///   Σ weightᵢ · progressᵢ ÷ Σ weightᵢ over the children that have a progress. A child with
///   none (no measure and no children of its own) is left out, not counted as 0, and the basis
///   says how many of how many children were counted.
/// - **A goal with both**: its own measure decides, and its children are shown beneath it. The
///   measure is the result the goal asks for; the children are the means towards it, and a
///   team that reached its won-value target has reached it whatever its sub-goals say.
/// - **A goal with neither**: no progress (``Basis/nothing``).
public struct GoalProgress: Hashable, Sendable {
    public enum Basis: Hashable, Sendable {
        /// `value` of `target`, from the goal's own measure.
        case measured(value: Double, target: Double)
        /// The weighted mean of `counted` children's progress, of `children` children in all.
        case children(counted: Int, of: Int)
        /// No measure and no child with a progress.
        case nothing
    }

    /// 0…1; `nil` when there is nothing to rest it on.
    public var fraction: Double?
    public var basis: Basis

    public init(fraction: Double?, basis: Basis) {
        self.fraction = fraction
        self.basis = basis
    }

    /// Reached its target: 100 %, which is when Keel suggests a recognition.
    public var isReached: Bool { (fraction ?? 0) >= 1 }

    /// Every goal's progress under the rule above. `kpiValues` holds each KPI goal's computed
    /// value (``GoalKPI/value(for:deals:teamOf:)``); a KPI goal missing from it counts 0.
    /// Only children among `goals` count, so a viewer's tree rolls up what that viewer sees
    /// when the store hands it a part of the organization's goals.
    public static func rollUp(_ goals: [Goal], kpiValues: [Goal.ID: Double]) -> [Goal.ID: GoalProgress] {
        var children: [Goal.ID: [Goal]] = [:]
        for goal in goals { if let parent = goal.parentID { children[parent, default: []].append(goal) } }
        var progress: [Goal.ID: GoalProgress] = [:]
        var visiting: Set<Goal.ID> = []

        func compute(_ goal: Goal) -> GoalProgress {
            if let known = progress[goal.id] { return known }
            // A stored cycle cannot happen through ``GoalDraft``; should one exist, it ends here.
            guard visiting.insert(goal.id).inserted else { return GoalProgress(fraction: nil, basis: .nothing) }
            defer { visiting.remove(goal.id) }
            let result: GoalProgress
            if let measure = goal.measure {
                let value = measure.isManual ? goal.latestValue ?? 0 : kpiValues[goal.id] ?? 0
                let fraction = measure.target > 0 ? min(max(value / measure.target, 0), 1) : nil
                result = GoalProgress(fraction: fraction, basis: .measured(value: value, target: measure.target))
            } else if let own = children[goal.id], !own.isEmpty {
                var weighted = 0.0
                var weights = 0.0
                var counted = 0
                for child in own {
                    guard let fraction = compute(child).fraction, child.weight > 0 else { continue }
                    weighted += child.weight * fraction
                    weights += child.weight
                    counted += 1
                }
                result = GoalProgress(fraction: weights > 0 ? weighted / weights : nil, basis: .children(counted: counted, of: own.count))
            } else {
                result = GoalProgress(fraction: nil, basis: .nothing)
            }
            progress[goal.id] = result
            return result
        }

        for goal in goals { _ = compute(goal) }
        return progress
    }
}
