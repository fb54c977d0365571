/// The seller-weeks behind one estimate, so anyone can recompute it: each treated and comparison
/// seller's counts per week and window, with the seed and resample count of the interval. A seller
/// the reader may not read is named only by their place in the group (`comparison-3`).
public struct ImpactExport: Hashable, Sendable, Codable {
    public struct Row: Hashable, Sendable, Codable {
        public var group: ImpactSellerChange.Group
        /// The seller's id, or `<group>-<n>` for one the reader may not read.
        public var seller: String
        public var window: String
        public var week: ISOWeek
        public var numerator: Double
        public var denominator: Double
    }

    public var estimate: ImpactSummary
    public var seed: UInt64
    public var resamples: Int
    public var rows: [Row]

    public init(id: String, channel: Intervention.Channel, sellerIDs: [Person.ID], estimate: ImpactEstimate, identifies: (Person.ID) -> Bool) {
        self.estimate = ImpactSummary(id: id, channel: channel, sellerIDs: sellerIDs, estimate: estimate)
        seed = estimate.seed
        resamples = estimate.resamples
        var rows: [Row] = []
        for (group, changes) in [(ImpactSellerChange.Group.treated, estimate.treated), (.comparison, estimate.comparison)] {
            for (index, change) in changes.enumerated() {
                let label = identifies(change.sellerID) ? change.sellerID.description : "\(group.rawValue)-\(index + 1)"
                for (window, weeks) in [("before", change.before), ("after", change.after)] {
                    rows += weeks.map { Row(group: group, seller: label, window: window, week: $0.week, numerator: $0.numerator, denominator: $0.denominator) }
                }
            }
        }
        self.rows = rows
    }
}
