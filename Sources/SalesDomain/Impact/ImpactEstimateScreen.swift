/// One intervention's (or group's) estimate as the page, the API and the export read it: the
/// estimate, the seller-weeks behind it as the viewer may see them, and the targets' names.
public struct ImpactEstimateScreen: Hashable, Sendable {
    public var id: String
    public var estimate: ImpactEstimate
    public var export: ImpactExport
    public var targetNames: [String: LocalizedText]

    public init(id: String, estimate: ImpactEstimate, export: ImpactExport, targetNames: [String: LocalizedText]) {
        self.id = id
        self.estimate = estimate
        self.export = export
        self.targetNames = targetNames
    }
}
