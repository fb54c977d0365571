import SalesDomain

extension Directory {
    /// The record a scope names, when the viewer may see analyses of it
    /// (``AccessPolicy/read(_:subject:)``); otherwise ``AccessRefused`` naming `field`.
    public func subject(_ scope: AnalysisScope, for policy: AccessPolicy, field: String = "scope") async throws -> AnalysisSubject {
        let subject: AnalysisSubject?
        switch scope {
        case .person(let id): subject = try await person(id).map(AnalysisSubject.person)
        case .team(let id): subject = try await team(id).map(AnalysisSubject.team)
        case .market(let id): subject = try await market(id).map(AnalysisSubject.market)
        case .organization: subject = .organization
        }
        let decision = policy.read(scope, subject: subject)
        guard decision == .allowed, let subject else {
            let entity = switch scope {
            case .person: "person"
            case .team: "team"
            case .market: "market"
            case .organization: "organization"
            }
            throw AccessRefused(decision == .allowed ? .notFound : decision, entity: entity, field: field)
        }
        return subject
    }
}
