/// One intervention's (or group's) estimate as the page, the API and the export read it: the
/// estimate, the seller-weeks behind it as the viewer may see them, and the targets' names.
public struct ImpactEstimateScreen: Hashable, Sendable {
    public var id: String
    public var estimate: ImpactEstimate
    public var export: ImpactExport
    public var targetNames: [String: LocalizedText]
    /// The same sellers, windows and comparison traced on outcome KPIs (``ImpactKPI/winRate``).
    public var outcomes: [ImpactEstimate]

    public init(
        id: String, estimate: ImpactEstimate, export: ImpactExport, targetNames: [String: LocalizedText], outcomes: [ImpactEstimate] = []
    ) {
        self.id = id
        self.estimate = estimate
        self.outcomes = outcomes
        self.export = export
        self.targetNames = targetNames
    }
}
