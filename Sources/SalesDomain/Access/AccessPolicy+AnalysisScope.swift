extension AccessPolicy {
    /// Whether the viewer may see analyses of a scope, given the record it names (`nil` when no
    /// such record exists in the viewer's organization).
    ///
    /// Rule: a person or team the viewer may read (``canRead(_:)-(Person)``), a market they lead or
    /// every market for whole-organization viewers, the organization only for those. Anything
    /// else that names a record is not found, so an id reveals nothing; the organization, which
    /// always exists, is forbidden instead.
    public func read(_ scope: AnalysisScope, subject: AnalysisSubject?) -> AccessDecision {
        switch (scope, subject) {
        case (.organization, _):
            return canReadOrganization ? .allowed : .forbidden
        case (.person, .person(let person)?):
            return read(person)
        case (.team, .team(let team)?):
            return read(team)
        case (.market, .market(let market)?):
            return market.organizationID == viewer.organizationID && canRead(market: market.id) ? .allowed : .notFound
        default:
            return .notFound
        }
    }
}
