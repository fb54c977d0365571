/// Which category labels (weeks, months) to print when there are more than fit side by side.
public enum LabelThinning: Sendable {
    /// The smallest `k` such that printing every k-th label leaves `minimumGap` between labels
    /// `widestLabel` wide on slots `slotWidth` apart. 53 weeks on a phone gives 5: W1, W6, W11 …
    public static func step(slotWidth: Double, widestLabel: Double, minimumGap: Double = 4) -> Int {
        guard slotWidth > 0, slotWidth.isFinite, widestLabel.isFinite else { return 1 }
        let needed = max(widestLabel + minimumGap, 0)
        return max(1, Int((needed / slotWidth).rounded(.up)))
    }

    /// Indices 0, k, 2k … below `count`. Counting from the first keeps the labels anchored to
    /// the start of the period, which is where readers look first.
    public static func visibleIndices(count: Int, step: Int) -> [Int] {
        guard count > 0 else { return [] }
        return Array(stride(from: 0, to: count, by: max(1, step)))
    }
}
