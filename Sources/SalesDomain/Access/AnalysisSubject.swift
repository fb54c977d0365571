/// The record an ``AnalysisScope`` names, as stored: what a page titles an analysis with and
/// what the access rule is decided on.
public enum AnalysisSubject: Hashable, Sendable {
    case person(Person)
    case team(Team)
    case market(Market)
    case organization

    public var scope: AnalysisScope {
        switch self {
        case .person(let person): .person(person.id)
        case .team(let team): .team(team.id)
        case .market(let market): .market(market.id)
        case .organization: .organization
        }
    }
}
