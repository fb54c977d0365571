import Foundation

/// The impact page and its API list: the intervention groups a viewer may read with their latest
/// estimates, and one page of each seller's own interventions, newest first (their estimates
/// computed when opened), with how many there are in all.
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
    /// The page's interventions, newest first.
    public var interventions: [Entry]
    /// Where the page starts among all the viewer's interventions, and how many those are.
    public var offset: Int
    public var total: Int
    public var computedAt: Date?
    public var targetNames: [String: LocalizedText]

    public init(
        groups: [ImpactSummary], interventions: [Entry], offset: Int = 0, total: Int? = nil, computedAt: Date?, targetNames: [String: LocalizedText]
    ) {
        let tile = ImpactTile(summaries: groups, computedAt: computedAt, targetNames: targetNames, limit: .max)
        self.groups = tile.behaviour + tile.outcome
        self.interventions = interventions
        self.offset = offset
        self.total = total ?? interventions.count
        self.computedAt = computedAt
        self.targetNames = targetNames
    }

    /// The query's window of `interventions`, newest first and, started the same moment, by id.
    public static func page(of interventions: [Intervention], _ query: ImpactListQuery) -> [Intervention] {
        // Each id is built once: it is text made from three parts, and a sort compares ~16 times per element.
        let newestFirst = interventions.map { (intervention: $0, id: $0.id) }
            .sorted { first, second in
                if first.intervention.startedAt != second.intervention.startedAt {
                    return first.intervention.startedAt > second.intervention.startedAt
                }
                return first.id > second.id
            }
            .map(\.intervention)
        return query.of(newestFirst)
    }
}
