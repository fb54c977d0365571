extension ISOWeek {
    /// The `count` weeks ending with this one (at least this one).
    public func span(of count: Int) -> ClosedRange<ISOWeek> {
        var start = self
        for _ in 1..<max(count, 1) { start = start.previous }
        return start...self
    }
}
