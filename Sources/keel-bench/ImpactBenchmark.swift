import ArgumentParser
import FluentKit
import Foundation
import KeelStore
import SalesDomain

/// Generates (once) an organization with a year of execution, competence, coaching and practice
/// history (with the demo's planted impact cohorts), times the periodic refresh of every intervention
/// group's estimate, and measures warm: one intervention's estimate over HTTP (issue 16 target:
/// p95 ≤ 200 ms at 10,000 sellers), one group's, and the start page's tile as the store answers it
/// (target p95 ≤ 50 ms; it reads the kept estimates, never resamples).
struct ImpactBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "impact", abstract: "Latency of traced impact: one estimate and the start page's tile.")

    @ArgumentParser.Option(help: "Sellers in the generated organization.") var sellers: Int = 10_000
    @ArgumentParser.Option(help: "Weeks of execution history per seller.") var weeks: Int = 52
    @ArgumentParser.Option(help: "SQLite file; generated when missing, reused when present.") var database: String = "keel-bench-impact.sqlite"
    @ArgumentParser.Option(help: "Measured requests per endpoint (after 5 warm-up requests).") var requests: Int = 50
    @ArgumentParser.Flag(help: "Keep the estimates an earlier run of the same file refreshed instead of refreshing them again (most of a run's time), e.g. to profile the requests.")
    var keepSummaries = false
    @ArgumentParser.Flag(help: "Measure one intervention's estimate and nothing else, e.g. to profile it.")
    var oneEstimateOnly = false

    func run() async throws {
        try await BenchmarkDatabase(path: database, sellers: sellers, seed: 31).serve(history: CoachedHistory(weeks: weeks, practice: true).store, measure: measure)
    }

    private func measure(on server: BenchmarkServer) async throws {
        let organization = try await server.organization(slug: "bench")
        let directory = Directory(database: server.app.db, organizationID: organization.id)
        let leader = try await directory.people(PeopleQuery(scope: .organization, viewerID: nil, accessRole: .admin, limit: 1)).people[0]
        let policy = AccessPolicy(viewer: Viewer(leader), hierarchy: try await directory.hierarchy())
        let token = try await server.token(for: leader)
        let store = try await ImpactStore.of(database: server.app.db, organizationID: organization.id)
        let asOf = organization.createdAt
        let refresh = keepSummaries ? nil : try await seconds { try await store.refreshSummaries(asOf: asOf) }
        let list = try await store.list(ImpactListQuery(limit: .max), for: policy)
        print("Traced impact at \(sellers) sellers: \(list.interventions.count) interventions in \(list.groups.count) groups; refresh of every group's estimate "
              + (refresh.map { String(format: "%.1f s", $0) } ?? "kept from an earlier run"))
        guard let intervention = list.interventions.first(where: { $0.intervention.startedAt < asOf.addingTimeInterval(-10 * 7 * 86_400) }),
              let group = list.groups.max(by: { $0.sellerCount < $1.sellerCount })
        else { throw ValidationError("the benchmark organization has no intervention") }
        let one = try await server.latency(of: "/api/v1/impact/estimates/\(intervention.intervention.id)", token: token, requests: requests)
        print("  one intervention (HTTP)                 \(one.summary)")
        guard !oneEstimateOnly else { return }
        let grouped = try await server.latency(of: "/api/v1/impact/estimates/\(group.id)", token: token, requests: requests)
        print("  largest group, \(group.sellerCount) sellers (HTTP)      \(grouped.summary)")
        let page = try await server.latency(of: "/api/v1/impact", token: token, requests: requests)
        print("  the list's first page of \(list.total) (HTTP)  \(page.summary)")
        var tile: [Double] = []
        for index in 0..<(requests + 5) {
            let elapsed = try await seconds { _ = try await store.tile(for: policy) }
            if index >= 5 { tile.append(elapsed * 1_000) }
        }
        print("  start-page tile (store, leader)         \(LatencySample(milliseconds: tile).summary)")
    }
}
