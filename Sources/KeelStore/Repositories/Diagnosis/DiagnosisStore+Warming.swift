import Foundation
import SalesDomain

extension DiagnosisStore {
    /// Decides, and so keeps, the start pages of the organization's leaders and administrators
    /// whose own scope is wide, as they open them: their natural scope over the default weeks.
    ///
    /// A kept answer is shared only once it is decided, so after a restart the first leader to
    /// open their start page would wait for the organization's whole diagnosis — half a minute
    /// at ten thousand sellers. At most `viewers` start pages are decided, the organization's
    /// before a market's, to leave room among the kept answers for the screens people open
    /// themselves. Returns how many were decided; none without ``kept``.
    public func keepStartPages(asOf: Date, viewers: Int) async throws -> Int {
        guard let kept, viewers > 0 else { return 0 }
        var candidates: [Person] = []
        for role in [AccessRole.leader, .admin] {
            candidates += try await directory.people(PeopleQuery(scope: .organization, viewerID: nil, accessRole: role, limit: 1000)).people
        }
        // The organization's scope first: the widest, so the longest to wait for.
        let scoped = candidates.map { (person: $0, scope: AnalysisScope.natural(for: Viewer($0))) }
        let widestFirst = scoped.filter { $0.scope == .organization } + scoped.filter { $0.scope != .organization }
        var decided = 0
        for (person, scope) in widestFirst where decided < viewers {
            guard try await isWide(scope, kept: kept) else { continue }
            let query = DiagnosisQuery(scope: scope, weeks: calendar.defaultAnalysisWeeks(asOf: asOf), asOf: asOf)
            _ = try await whereToAct(query, for: try await directory.accessPolicy(for: person))
            decided += 1
        }
        return decided
    }
}
