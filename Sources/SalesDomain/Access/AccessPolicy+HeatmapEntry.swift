extension AccessPolicy {
    /// Whether the viewer may see the person behind a heatmap drill-down row: the same rule as
    /// ``canRead(_:)-(Person)``, on the team and market the result is counted in (the person's
    /// current ones), so a drill-down needs no directory read per person.
    public func canRead(_ entry: HeatmapEntry) -> Bool {
        if entry.personID == viewer.personID { return true }
        switch scope {
        case .organization: return true
        case .markets(let markets): return entry.marketID.map(markets.contains) ?? false
        case .teams(let teams): return entry.teamID.map(teams.contains) ?? false
        case .ownRecordsOnly: return false
        }
    }
}
