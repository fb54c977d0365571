import ArgumentParser
import FluentKit
import Foundation
import KeelStore
import SalesDomain

/// Generates (once) an organization with a year of execution, competence and coaching history,
/// serves it over real HTTP, and measures the coaching endpoints warm: the rhythm (cadence,
/// load and balance) per scope as a leader reads it, a manager's team with its suggestions, and
/// one session (issue 15 target: p95 ≤ 50 ms at 10,000 sellers with a year of sessions).
struct CoachingBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "coaching", abstract: "Latency of the coaching endpoints.")

    @ArgumentParser.Option(help: "Sellers in the generated organization.") var sellers: Int = 10_000
    @ArgumentParser.Option(help: "Weeks of execution history per seller.") var weeks: Int = 52
    @ArgumentParser.Option(help: "SQLite file; generated when missing, reused when present.") var database: String = "keel-bench-coaching.sqlite"
    @ArgumentParser.Option(help: "Measured requests per endpoint and scope (after 5 warm-up requests).") var requests: Int = 50
    @ArgumentParser.Flag(help: "Measure one session's screen and nothing else, e.g. to profile it.") var sessionOnly = false

    func run() async throws {
        try await BenchmarkDatabase(path: database, sellers: sellers, seed: 31).serve(history: CoachedHistory(weeks: weeks).store, measure: measure)
    }

    private func measure(on server: BenchmarkServer) async throws {
        let organization = try await server.organization(slug: "bench")
        let directory = Directory(database: server.app.db, organizationID: organization.id)
        let leader = try await directory.people(PeopleQuery(scope: .organization, viewerID: nil, accessRole: .admin, limit: 1)).people[0]
        let manager = try await directory.people(PeopleQuery(scope: .organization, viewerID: nil, accessRole: .manager, limit: 1)).people[0]
        let market = try await directory.markets()[0]
        guard let team = manager.teamID else { throw ValidationError("the benchmark organization's first manager has no team") }
        let leaderToken = try await server.token(for: leader)
        let managerToken = try await server.token(for: manager)
        print("Coaching endpoints at \(sellers) sellers, warm, \(requests) requests each:")
        for (label, scope) in [("team", AnalysisScope.team(team)), ("market", .market(market.id)), ("organization", .organization)] where !sessionOnly {
            let sample = try await server.latency(of: "/api/v1/coaching?scope=\(scope)", token: leaderToken, requests: requests)
            print("  coaching (leader)        \(label.padding(toLength: 14, withPad: " ", startingAt: 0)) \(sample.summary)")
        }
        if !sessionOnly {
            let suggested = try await server.latency(of: "/api/v1/coaching?scope=team:\(team)", token: managerToken, requests: requests)
            print("  coaching (manager, with suggestions) team  \(suggested.summary)")
        }
        let store = try await CoachingStore.of(database: server.app.db, organizationID: organization.id)
        let policy = AccessPolicy(viewer: Viewer(manager), hierarchy: try await directory.hierarchy())
        let coached = try await store.overview(.lastWholeMonths(scope: .team(team), asOf: Date(), calendar: store.calendar), for: policy).sellers
        guard let seller = coached.first, let session = try await store.sessions(of: seller.id, for: policy).first?.id else {
            throw ValidationError("the benchmark organization's first manager has no coaching session")
        }
        let screen = try await server.latency(of: "/api/v1/coaching/sessions/\(session)", token: managerToken, requests: requests)
        print("  one session (manager)                      \(screen.summary)")
    }
}
