import ArgumentParser
import FluentKit
import Foundation
import KeelStore
import SalesDomain

/// Generates (once) an organization with a year of execution history and its competence
/// history, serves it over real HTTP, and measures the diagnosis and start-page endpoints warm,
/// per scope: one seller, one team, one market, the organization (issue 14 target: p95 ≤ 50 ms
/// at 10,000 sellers).
struct DiagnosisBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "diagnosis", abstract: "Latency of the diagnosis and start-page endpoints.")

    @ArgumentParser.Option(help: "Sellers in the generated organization.") var sellers: Int = 10_000
    @ArgumentParser.Option(help: "Weeks of history per seller.") var weeks: Int = 52
    @ArgumentParser.Option(help: "SQLite file; generated when missing, reused when present.") var database: String = "keel-bench-diagnosis.sqlite"
    @ArgumentParser.Option(help: "Measured requests per endpoint and scope (after 5 warm-up requests).") var requests: Int = 50
    @ArgumentParser.Option(help: "Measure only this endpoint (diagnosis or where-to-act; repeatable), e.g. to profile it.")
    var endpoint: [String] = ["diagnosis", "where-to-act"]
    @ArgumentParser.Option(help: "Measure only this scope (seller, team, market or organization; repeatable).")
    var scope: [String] = ["seller", "team", "market", "organization"]

    func run() async throws {
        try await BenchmarkDatabase(path: database, sellers: sellers, seed: 29).serve(history: storeHistory, measure: measure)
    }

    private func storeHistory(_ demo: DemoOrganization, _ database: any Database) async throws -> String {
        let calendar = try await OrganizationSettings(database: database, organizationID: demo.organization.id).calendar()
        let spec = try DemoExecutionSpec.weeks(weeks, endingBefore: demo.organization.createdAt, seed: 29, calendar: calendar).validated()
        let execution = try await ExecutionSeeding(database: database, organizationID: demo.organization.id)
            .store(DemoExecutionGenerator(demo, spec: spec), at: demo.organization.createdAt)
        let competence = try await CompetenceSeeding(database: database, organizationID: demo.organization.id)
            .storeDemo(for: demo, seed: 29, now: demo.organization.createdAt)
        return "\(execution.activities) activities, \(execution.deals) deals, \(competence.ratings) ratings, with rollups"
    }

    private func measure(on server: BenchmarkServer) async throws {
        let organization = try await server.organization(slug: "bench")
        let directory = Directory(database: server.app.db, organizationID: organization.id)
        let leader = try await directory.people(PeopleQuery(scope: .organization, viewerID: nil, accessRole: .admin, limit: 1)).people[0]
        let seller = try await directory.people(PeopleQuery(scope: .organization, viewerID: nil, accessRole: .seller, limit: 1)).people[0]
        let market = try await directory.markets()[0]
        let scopes: [(String, AnalysisScope)] = [
            ("seller", .person(seller.id)), ("seller's team", .team(seller.teamID!)), ("market", .market(market.id)), ("organization", .organization),
        ].filter { label, _ in scope.contains(String(label.split(separator: " ").last!)) }
        let token = try await server.token(for: leader)
        print("Diagnosis endpoints at \(sellers) sellers, warm, \(requests) requests each (leader token):")
        for endpoint in endpoint {
            for (label, scope) in scopes {
                let sample = try await server.latency(of: "/api/v1/\(endpoint)?scope=\(scope)", token: token, requests: requests)
                print("  \(endpoint.padding(toLength: 14, withPad: " ", startingAt: 0)) \(label.padding(toLength: 14, withPad: " ", startingAt: 0)) \(sample.summary)")
            }
        }
    }
}
