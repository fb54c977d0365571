import Foundation
import SalesDomain

/// A cycle as listed: everything but the participants themselves, which run to thousands in a
/// large organization.
public struct AssessmentCycleSummary: Hashable, Sendable {
    public var id: AssessmentCycle.ID
    public var name: String
    public var framework: FrameworkVersionReference
    public var policy: ConsolidationPolicy
    public var participantCount: Int
    public var openedAt: Date
    public var openedBy: Person.ID?
    public var closedAt: Date?
    public var closedBy: Person.ID?

    public var status: AssessmentCycleStatus { closedAt == nil ? .open : .closed }
}
