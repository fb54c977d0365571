extension Sequence<ActionItem> {
    /// Soonest due first, and items due the same day by id, so that lists agree whichever
    /// statements read them.
    public func soonestDueFirst() -> [ActionItem] {
        sorted { first, second in
            if first.due != second.due { return first.due < second.due }
            return first.id.rawValue.uuidString < second.id.rawValue.uuidString
        }
    }
}
