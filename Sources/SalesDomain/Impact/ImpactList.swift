import Foundation

/// The impact page and its API list: the intervention groups a viewer may read with their latest
/// estimates, and each seller's own interventions (their estimates computed when opened).
public struct ImpactList: Hashable, Sendable, Codable {
    public struct Entry: Hashable, Sendable, Codable {
        public var intervention: Intervention
        public var sellerName: String

        public init(intervention: Intervention, sellerName: String) {
            self.intervention = intervention
            self.sellerName = sellerName
        }
    }

    /// Groups ranked as on the tile, every one (not only the tile's top five).
    public var groups: [ImpactSummary]
    public var interventions: [Entry]
    public var computedAt: Date?
    public var targetNames: [String: LocalizedText]

    public init(groups: [ImpactSummary], interventions: [Entry], computedAt: Date?, targetNames: [String: LocalizedText]) {
        let tile = ImpactTile(summaries: groups, computedAt: computedAt, targetNames: targetNames, limit: .max)
        self.groups = tile.behaviour + tile.outcome
        self.interventions = interventions.sorted { ($0.intervention.startedAt, $0.intervention.id) > ($1.intervention.startedAt, $1.intervention.id) }
        self.computedAt = computedAt
        self.targetNames = targetNames
    }
}
