import KeelStore
import SalesDomain
import Vapor

extension PersonPage.Model {
    static func query(_ request: Request, person: Person) async throws -> Self {
        let directory = try request.directory
        let policy = try await request.policy()
        let teams = Dictionary(uniqueKeysWithValues: try await directory.teams().map { ($0.id, $0) })
        let markets = try await directory.markets()
        let history = try await directory.teamHistory(of: person.id).map { ($0, teams[$0.teamID]?.name ?? "—") }
        return Self(
            person: person,
            team: person.teamID.flatMap { teams[$0] },
            market: markets.first { $0.id == person.marketID },
            leaderMarkets: markets.filter { person.leaderMarketIDs.contains($0.id) },
            history: history,
            audit: policy.has(.administerDirectory) ? try await directory.auditTrail(of: person.id.rawValue) : nil
        )
    }
}
