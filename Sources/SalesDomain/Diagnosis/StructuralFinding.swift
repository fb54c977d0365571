/// A cause of non-execution that lies in the organization rather than in its sellers, found in
/// a team or market and raised to leadership (SPEC §3).
public struct StructuralFinding: Hashable, Sendable, Codable {
    public enum Cause: Hashable, Sendable, Codable {
        /// Verified obstacles explain at least the policy's share of the group's shortfall on
        /// the area's activities; `reasons` are the affected sellers' verified obstacles in the
        /// period, of any activity type.
        case verifiedObstacles(reasons: [ReasonCode: Int], explained: Int, shortfall: Int)
        /// More than the policy's share of the group's sellers have a deal stalled in `stage`.
        case stalledStage(stage: DealStage, stalledDeals: Int, sellers: Int, groupSellers: Int)
    }

    public var scope: AnalysisScope
    /// The areas the finding speaks of: one for obstacles, the areas driving the stage for a stall.
    public var areaKeys: [String]
    public var cause: Cause
    /// The sellers it concerns: those with an explained shortfall, or with a stalled deal there.
    public var affectedPeople: [Person.ID]

    public init(scope: AnalysisScope, areaKeys: [String], cause: Cause, affectedPeople: [Person.ID]) {
        self.scope = scope
        self.areaKeys = areaKeys
        self.cause = cause
        self.affectedPeople = affectedPeople
    }

    /// The share of the shortfall verified obstacles explain, or of the sellers stalled.
    public var share: Double {
        switch cause {
        case .verifiedObstacles(_, let explained, let shortfall): Double(explained) / Double(max(shortfall, 1))
        case .stalledStage(_, _, let sellers, let groupSellers): Double(sellers) / Double(max(groupSellers, 1))
        }
    }

    /// Whether `other` says nothing this finding does not: the same kind of cause (and stage),
    /// the same areas, and only people this one already names.
    public func covers(_ other: StructuralFinding) -> Bool {
        let sameCause = switch (cause, other.cause) {
        case (.verifiedObstacles, .verifiedObstacles): true
        case (.stalledStage(let stage, _, _, _), .stalledStage(let otherStage, _, _, _)): stage == otherStage
        default: false
        }
        return sameCause && areaKeys == other.areaKeys && Set(other.affectedPeople).isSubset(of: affectedPeople)
    }

    /// The verified obstacles per reason an obstacle finding names; `nil` for a stall.
    public var verifiedReasons: [ReasonCode: Int]? {
        if case .verifiedObstacles(let reasons, _, _) = cause { reasons } else { nil }
    }

    public func concerns(_ personID: Person.ID, in areaKey: String) -> Bool {
        areaKeys.contains(areaKey) && affectedPeople.contains(personID)
    }
}
