extension Sequence where Element: Identifiable {
    /// Each element once, the first read of it kept: what two statements that may both find the
    /// same row (a person's sessions as seller and as coach) add up to.
    public func firstOfEachID() -> [Element] {
        var seen = Set<Element.ID>()
        return filter { seen.insert($0.id).inserted }
    }
}
