import Foundation

/// Where an assessment cycle sits in time on its framework: enough to find the cycles before
/// it without loading anyone's participation.
public struct CycleMoment: Hashable, Sendable {
    public var id: AssessmentCycle.ID
    public var name: String
    public var frameworkID: CompetencyFramework.ID
    public var openedAt: Date
    public var closedAt: Date?

    public init(id: AssessmentCycle.ID, name: String, frameworkID: CompetencyFramework.ID, openedAt: Date, closedAt: Date?) {
        self.id = id
        self.name = name
        self.frameworkID = frameworkID
        self.openedAt = openedAt
        self.closedAt = closedAt
    }

    /// The cycles whose consolidated levels are "previous" to this one: closed, on the same
    /// framework (any version: a version changes wording, not what is assessed), opened before
    /// this one; newest first (by opening, then closing). Open cycles are left out, since their
    /// levels still change.
    public func earlierClosed(among cycles: some Sequence<CycleMoment>) -> [CycleMoment] {
        cycles
            .filter { $0.id != id && $0.frameworkID == frameworkID && $0.closedAt != nil && $0.openedAt < openedAt }
            .sorted { ($0.openedAt, $0.closedAt ?? .distantPast) > ($1.openedAt, $1.closedAt ?? .distantPast) }
    }
}
