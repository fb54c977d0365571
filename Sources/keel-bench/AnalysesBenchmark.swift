import ArgumentParser
import AsyncHTTPClient
import FluentKit
import Foundation
import KeelServer
import KeelStore
import NIOCore
import NIOPosix
import SalesDomain
import Vapor

/// Generates (once) an organization with a year of execution history, serves it over real
/// HTTP, and measures every analysis endpoint warm, per scope: one seller, one team, one
/// market, the organization (SPEC §2 target: p95 ≤ 50 ms at 10,000 sellers).
struct AnalysesBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "analyses", abstract: "Latency of the execution analysis endpoints.")

    @ArgumentParser.Option(help: "Sellers in the generated organization.") var sellers: Int = 10_000
    @ArgumentParser.Option(help: "Weeks of history per seller.") var weeks: Int = 52
    @ArgumentParser.Option(help: "SQLite file; generated when missing, reused when present.") var database: String = "keel-bench-analyses.sqlite"
    @ArgumentParser.Option(help: "Measured requests per endpoint and scope (after 5 warm-up requests).") var requests: Int = 100
    @ArgumentParser.Option(help: "Only this endpoint (e.g. stalled-deals), for profiling one.") var only: String?

    func run() async throws {
        try await BenchmarkDatabase(path: database, sellers: sellers, seed: 21).serve(history: storeExecution, measure: measure)
    }

    private func storeExecution(_ demo: DemoOrganization, _ database: any Database) async throws -> String {
        let calendar = try await OrganizationSettings(database: database, organizationID: demo.organization.id).calendar()
        let spec = try DemoExecutionSpec.weeks(weeks, endingBefore: demo.organization.createdAt, seed: 21, calendar: calendar).validated()
        let counts = try await ExecutionSeeding(database: database, organizationID: demo.organization.id)
            .store(DemoExecutionGenerator(demo, spec: spec), at: demo.organization.createdAt)
        return "\(counts.activities) activities, \(counts.postponements) postponements, \(counts.deals) deals with rollups"
    }

    private func measure(on server: BenchmarkServer) async throws {
        let organization = try await server.organization(slug: "bench")
        let directory = Directory(database: server.app.db, organizationID: organization.id)
        let leader = try await directory.people(PeopleQuery(scope: .organization, viewerID: nil, accessRole: .admin, limit: 1)).people[0]
        let seller = try await directory.people(PeopleQuery(scope: .organization, viewerID: nil, accessRole: .seller, limit: 1)).people[0]
        let teams = try await directory.teams()
        let hierarchy = TeamHierarchy(teams)
        let team = seller.teamID.map { hierarchy.ancestors(of: $0).last ?? $0 } ?? teams[0].id
        let market = try await directory.markets()[0]
        let scopes: [(String, AnalysisScope)] = [
            ("seller", .person(seller.id)), ("top team", .team(team)), ("market", .market(market.id)), ("organization", .organization),
        ]
        let token = try await server.token(for: leader)

        let endpoints = ["time-allocation", "execution-rate", "pressure", "reasons", "deal-results", "stage-velocity", "stalled-deals"]
        print("Endpoint latency, warm, \(requests) requests each (leader token):")
        for endpoint in endpoints where only.map({ $0 == endpoint }) ?? true {
            for (label, scope) in scopes {
                let sample = try await server.latency(of: "/api/v1/analyses/\(endpoint)?scope=\(scope)", token: token, requests: requests)
                print("  \(endpoint.padding(toLength: 16, withPad: " ", startingAt: 0)) \(label.padding(toLength: 13, withPad: " ", startingAt: 0)) \(sample.summary)")
            }
        }
    }
}
