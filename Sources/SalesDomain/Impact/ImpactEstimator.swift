/// Computes an ``ImpactEstimate`` from the weekly rows of the treated and comparison sellers: a
/// pure function of its inputs, the seed included.
public struct ImpactEstimator: Sendable {
    public var resamples: Int

    public init(resamples: Int = ImpactBootstrap.defaultResamples) {
        self.resamples = resamples
    }

    /// - Parameters:
    ///   - treated: each treated seller with their own windows (a group's sellers start in nearby weeks).
    ///   - comparison: the comparison sellers and the windows they are measured over (the group's).
    ///   - weeks: every row of those sellers in the windows, in any order; weeks without a row have no data.
    public func estimate(
        target: Intervention.Target, kpi: ImpactKPI?, treated: [(seller: Person.ID, windows: ImpactWindows)],
        comparison: [Person.ID], comparisonWindows: ImpactWindows, weeks: [ImpactSellerWeek]
    ) -> ImpactEstimate {
        let minimums = ImpactMinimums.for(comparisonWindows, kpi: kpi)
        let bySeller = Dictionary(grouping: weeks, by: \.sellerID)
        let treatedChanges = treated.map { ImpactSellerChange(sellerID: $0.seller, group: .treated, windows: $0.windows, weeks: bySeller[$0.seller] ?? []) }
        let comparisonChanges = comparison.map {
            ImpactSellerChange(sellerID: $0, group: .comparison, windows: comparisonWindows, weeks: bySeller[$0] ?? [])
        }
        let keptTreated = treatedChanges.filter { $0.hasEnoughWeeks(minimums) }.sorted { $0.sellerID < $1.sellerID }
        let keptComparison = comparisonChanges.filter { $0.hasEnoughWeeks(minimums) }.sorted { $0.sellerID < $1.sellerID }
        let key = ([target.reference, comparisonWindows.startWeek.description, "\(comparisonWindows.weeks)"]
            + keptTreated.map(\.sellerID.description)).joined(separator: "|")
        let bootstrap = ImpactBootstrap(seed: ImpactBootstrap.seed(for: key), resamples: resamples)

        var shortfalls: [ImpactShortfall] = []
        if kpi == nil { shortfalls.append(.noKPI) }
        let afterOver = treated.map(\.windows.afterWeeksOver).max() ?? 0
        let afterNeeded = ImpactMinimums.afterWeeksOver(comparisonWindows)
        if afterOver < afterNeeded {
            shortfalls.append(.afterWindowNotOver(have: afterOver, need: afterNeeded))
        }
        if keptTreated.count < minimums.treatedSellers {
            shortfalls.append(.treatedSellers(have: keptTreated.count, need: minimums.treatedSellers))
        }
        if keptComparison.count < minimums.comparisonSellers {
            shortfalls.append(.comparisonSellers(have: keptComparison.count, need: minimums.comparisonSellers))
        }
        let result: ImpactEstimate.Result
        if shortfalls.isEmpty {
            let effect = DifferenceInDifferences.estimate(treated: keptTreated.map(\.change), comparison: keptComparison.map(\.change))
            let interval = bootstrap.interval(treated: keptTreated, comparison: keptComparison)
            result = .estimate(effect: effect, lower: interval.lower, upper: interval.upper)
        } else {
            result = .notEnoughData(shortfalls)
        }
        return ImpactEstimate(
            target: target, kpi: kpi, startWeek: comparisonWindows.startWeek, weeks: comparisonWindows.weeks,
            afterWeeksOver: afterOver, minimums: minimums, treated: keptTreated, comparison: keptComparison,
            treatedLeftOut: treatedChanges.count - keptTreated.count, comparisonLeftOut: comparisonChanges.count - keptComparison.count,
            seed: bootstrap.seed, resamples: resamples, result: result)
    }
}
