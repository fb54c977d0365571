/// A team or market whose sellers the diagnosis looks at together for structural findings.
public struct DiagnosisGroup: Hashable, Sendable {
    public var scope: AnalysisScope
    /// The group's sellers, sub-teams' included where the group is a team with sub-teams.
    public var memberIDs: [Person.ID]

    public init(scope: AnalysisScope, memberIDs: [Person.ID]) {
        self.scope = scope
        self.memberIDs = memberIDs
    }
}
