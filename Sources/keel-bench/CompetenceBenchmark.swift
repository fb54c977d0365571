import ArgumentParser
import FluentKit
import Foundation
import KeelStore
import SalesDomain

/// Generates (once) an organization with its competence history — the default framework, role
/// profiles, two closed cycles and an open one, a calibration exercise — serves it over real
/// HTTP, and measures the heatmap and the person results warm (SPEC §1 target: heatmap p95
/// ≤ 50 ms at 10,000 sellers).
struct CompetenceBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "competence", abstract: "Latency of the competence heatmap and results endpoints.")

    @ArgumentParser.Option(help: "Sellers in the generated organization.") var sellers: Int = 10_000
    @ArgumentParser.Option(help: "SQLite file; generated when missing, reused when present.") var database: String = "keel-bench-competence.sqlite"
    @ArgumentParser.Option(help: "Measured requests per endpoint (after 5 warm-up requests).") var requests: Int = 100
    @ArgumentParser.Option(help: "Measured requests of the leniency-adjusted heatmap, which reads ratings rather than rollups.") var adjustedRequests: Int = 20
    @ArgumentParser.Option(help: "Only the endpoints whose label contains this text (for profiling one).") var only: String?

    func run() async throws {
        try await BenchmarkDatabase(path: database, sellers: sellers, seed: 23).serve(history: storeCompetence, measure: measure)
    }

    private func storeCompetence(_ demo: DemoOrganization, _ database: any Database) async throws -> String {
        let counts = try await CompetenceSeeding(database: database, organizationID: demo.organization.id)
            .storeDemo(for: demo, seed: 23, now: demo.organization.createdAt)
        return "\(counts.cycles) cycles, \(counts.ratings) ratings, \(counts.results) results, \(counts.tallies) heatmap tallies"
    }

    private func measure(on server: BenchmarkServer) async throws {
        let organization = try await server.organization(slug: "bench")
        let directory = Directory(database: server.app.db, organizationID: organization.id)
        let competence = CompetenceStore(database: server.app.db, organizationID: organization.id)
        guard let cycle = try await competence.cycleSummaries().first(where: { $0.closedAt != nil }) else {
            throw ValidationError("the benchmark database has no closed cycle")
        }
        let leader = try await directory.people(PeopleQuery(scope: .organization, viewerID: nil, accessRole: .admin, limit: 1)).people[0]
        let seller = try await directory.people(PeopleQuery(scope: .organization, viewerID: nil, accessRole: .seller, limit: 1)).people[0]
        let teams = try await directory.teams()
        let childCount = Dictionary(grouping: teams.compactMap(\.parentID), by: { $0 }).mapValues(\.count)
        let topTeam = teams.filter { $0.parentID == nil }.max { childCount[$0.id, default: 0] < childCount[$1.id, default: 0] }!
        let widestTeam = teams.max { childCount[$0.id, default: 0] < childCount[$1.id, default: 0] }!
        let sellerTeam = seller.teamID ?? topTeam.id
        let leaderToken = try await server.token(for: leader)

        let heatmap = "/api/v1/competence/cycles/\(cycle.id)/heatmap"
        let paths: [(String, String, Int)] = [
            ("heatmap, top-level teams", heatmap + "?rows=teams", requests),
            ("heatmap, markets", heatmap + "?rows=markets", requests),
            ("heatmap, top-level teams, one job role", heatmap + "?rows=teams&jobRole=account_executive", requests),
            ("heatmap, sub-teams of a top-level team (\(childCount[topTeam.id, default: 0]))", heatmap + "?team=\(topTeam.id)", requests),
            ("heatmap, sub-teams of the widest team (\(childCount[widestTeam.id, default: 0]))", heatmap + "?team=\(widestTeam.id)", requests),
            ("heatmap people, a seller's team", heatmap + "/people?group=team:\(sellerTeam)", requests),
            ("person results", "/api/v1/competence/cycles/\(cycle.id)/results/\(seller.id)", requests),
            ("person trend across cycles", "/api/v1/competence/people/\(seller.id)/competence-trends", requests),
            ("heatmap, markets, adjusted for leniency", heatmap + "?rows=markets&adjust=leniency", adjustedRequests),
        ]
        print("Competence endpoints at \(sellers) sellers, cycle '\(cycle.name)' (\(cycle.participantCount) participants), warm, leader token:")
        for (label, path, count) in paths where only.map(label.contains) ?? true {
            let sample = try await server.latency(of: path, token: leaderToken, requests: count)
            print("  \(label.padding(toLength: 52, withPad: " ", startingAt: 0)) \(sample.summary)")
        }
    }
}
