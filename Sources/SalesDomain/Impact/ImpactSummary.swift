import Foundation

/// An estimate without the seller-weeks behind it: what the start page's tile and the list of
/// interventions show, and what the periodic refresh keeps (``ImpactEstimate`` is recomputed on
/// demand for one intervention or its export).
public struct ImpactSummary: Hashable, Sendable, Codable {
    /// An intervention group's id (``ImpactGroup/id``) or one seller's (``Intervention/id``).
    public var id: String
    public var channel: Intervention.Channel
    public var target: Intervention.Target
    public var kpi: ImpactKPI?
    public var startWeek: ISOWeek
    public var weeks: Int
    public var afterWeeksOver: Int
    /// How many sellers the intervention group holds, counted in the estimate or not. Who they
    /// are is kept beside the summary by the store, which answers who may read it.
    public var sellerCount: Int
    public var treatedCount: Int
    public var comparisonCount: Int
    public var result: ImpactEstimate.Result

    public init(id: String, channel: Intervention.Channel, sellerIDs: [Person.ID], estimate: ImpactEstimate) {
        self.id = id
        self.channel = channel
        self.target = estimate.target
        self.kpi = estimate.kpi
        self.startWeek = estimate.startWeek
        self.weeks = estimate.weeks
        self.afterWeeksOver = estimate.afterWeeksOver
        self.sellerCount = Set(sellerIDs).count
        self.treatedCount = estimate.treated.count
        self.comparisonCount = estimate.comparison.count
        self.result = estimate.result
    }

    public var effect: Double? {
        if case .estimate(let effect, _, _) = result { effect } else { nil }
    }

    /// The lower end of the interval.
    public var lowerBound: Double? {
        if case .estimate(_, let lower, _) = result { lower } else { nil }
    }

    public var family: ImpactKPI.Family { kpi?.family ?? .behaviour }
}
