/// The running sums behind one heatmap cell.
///
/// Kept as sums and counts rather than a mean and a share so that tallies add and subtract:
/// the store can maintain a rollup per cell on every write (subtract a person's old
/// contribution, add the new) instead of re-reading every rating per request.
public struct HeatmapTally: Hashable, Sendable, Codable {
    /// Σ consolidated levels of the people counted.
    public var levelSum: Double
    /// People with a consolidated level on the competency.
    public var ratedCount: Int
    /// Of those, the people whose role profile has a target for the competency.
    public var targetedCount: Int
    /// Of those, the people whose level is below their target.
    public var belowTargetCount: Int

    public init(levelSum: Double = 0, ratedCount: Int = 0, targetedCount: Int = 0, belowTargetCount: Int = 0) {
        self.levelSum = levelSum
        self.ratedCount = ratedCount
        self.targetedCount = targetedCount
        self.belowTargetCount = belowTargetCount
    }

    /// One person's contribution.
    public init(level: Double, target: Int?) {
        self.init(
            levelSum: level, ratedCount: 1, targetedCount: target == nil ? 0 : 1,
            belowTargetCount: target.map { level < Double($0) ? 1 : 0 } ?? 0
        )
    }

    public static let empty = HeatmapTally()

    /// `levelSum / ratedCount`; `nil` for an empty cell.
    public var meanLevel: Double? { ratedCount > 0 ? levelSum / Double(ratedCount) : nil }

    /// `belowTargetCount / targetedCount`, 0–1; `nil` when nobody in the cell has a target.
    public var belowTargetShare: Double? {
        targetedCount > 0 ? Double(belowTargetCount) / Double(targetedCount) : nil
    }

    public static func + (lhs: Self, rhs: Self) -> Self {
        HeatmapTally(
            levelSum: lhs.levelSum + rhs.levelSum, ratedCount: lhs.ratedCount + rhs.ratedCount,
            targetedCount: lhs.targetedCount + rhs.targetedCount, belowTargetCount: lhs.belowTargetCount + rhs.belowTargetCount
        )
    }

    public static func - (lhs: Self, rhs: Self) -> Self {
        HeatmapTally(
            levelSum: lhs.levelSum - rhs.levelSum, ratedCount: lhs.ratedCount - rhs.ratedCount,
            targetedCount: lhs.targetedCount - rhs.targetedCount, belowTargetCount: lhs.belowTargetCount - rhs.belowTargetCount
        )
    }

    public static func += (lhs: inout Self, rhs: Self) { lhs = lhs + rhs }
    public static func -= (lhs: inout Self, rhs: Self) { lhs = lhs - rhs }
}
