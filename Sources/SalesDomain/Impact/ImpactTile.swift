import Foundation

/// The start page's "what moved after coaching and practice": the intervention groups a viewer may
/// read, behaviour apart from outcome, each ranked by effect — estimates first, by the lower end
/// of their interval (the effect one can count on, so one seller's lucky weeks with a wide
/// interval do not top a cohort's clear rise), groups of at least ``cohortSize`` sellers with it
/// before smaller ones (resampling two or three sellers gives only a handful of distinct
/// resamples, so their interval comes out narrower than their uncertainty), then those without
/// enough data, which still say so rather than disappear.
public struct ImpactTile: Hashable, Sendable, Codable {
    public static let cohortSize = 5

    public var behaviour: [ImpactSummary]
    public var outcome: [ImpactSummary]
    /// When the estimates were last computed; `nil` before the first refresh.
    public var computedAt: Date?
    /// Competencies by name, keyed by target reference; an activity type is shown as its code.
    public var targetNames: [String: LocalizedText]

    public init(summaries: [ImpactSummary], computedAt: Date?, targetNames: [String: LocalizedText], limit: Int = 5) {
        let ranked = summaries.sorted { lhs, rhs in
            let (leftIsCohort, rightIsCohort) = (lhs.treatedCount >= Self.cohortSize, rhs.treatedCount >= Self.cohortSize)
            if lhs.lowerBound != nil, rhs.lowerBound != nil, leftIsCohort != rightIsCohort { return leftIsCohort }
            return switch (lhs.lowerBound, rhs.lowerBound) {
            case let (left?, right?): left != right ? left > right : lhs.id < rhs.id
            case (.some, nil): true
            case (nil, .some): false
            case (nil, nil): (lhs.startWeek, lhs.id) > (rhs.startWeek, rhs.id)
            }
        }
        behaviour = Array(ranked.filter { $0.family == .behaviour }.prefix(limit))
        outcome = Array(ranked.filter { $0.family == .outcome }.prefix(limit))
        self.computedAt = computedAt
        self.targetNames = targetNames
    }
}
