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
    ///
    /// Each of `keeping` — a label that opens a group, like the first week of a year that says
    /// its year — is drawn too, and the counting starts again from it, so no thinned-out label
    /// takes the news with it. Of two kept labels closer than `k`, the later is drawn: it opens
    /// the newer group.
    public static func visibleIndices(count: Int, step: Int, keeping kept: [Int] = []) -> [Int] {
        guard count > 0 else { return [] }
        let step = max(1, step)
        var starts = [0]
        for index in Set(kept).sorted() where index > 0 && index < count {
            if index - starts[starts.count - 1] < step { starts.removeLast() }
            starts.append(index)
        }
        return starts.indices.flatMap { position in
            let start = starts[position]
            let lastAllowed = position + 1 < starts.count ? starts[position + 1] - step : count - 1
            return [start] + Array(stride(from: start + step, through: lastAllowed, by: step))
        }
    }
}
