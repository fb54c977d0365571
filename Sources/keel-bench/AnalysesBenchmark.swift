import ArgumentParser
import AsyncHTTPClient
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

    static let password = "bench-password-1234"

    func run() async throws {
        let location = try DatabaseLocation("sqlite:\(database)")
        if !FileManager.default.fileExists(atPath: database) {
            try await generate(location)
        }
        let app = try await Application.make(.production)
        var configuration = KeelConfiguration(host: "127.0.0.1", port: 0, database: location, loadDemoOnFirstStart: false, bcryptCost: 4, logLevel: .error)
        configuration.demoPassword = nil
        do {
            try await KeelApp.configure(app, configuration: configuration, now: { Date() })
            try await app.server.start(address: .hostname("127.0.0.1", port: 0))
            let port = app.http.server.shared.localAddress!.port!
            try await measure(app: app, baseURL: "http://127.0.0.1:\(port)")
            await app.server.shutdown()
            try await app.asyncShutdown()
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
    }

    private func generate(_ location: DatabaseLocation) async throws {
        let store = try StandaloneDatabase(location)
        do {
            try await fill(store)
            await store.shutdown()
        } catch {
            await store.shutdown()
            throw error
        }
    }

    private func fill(_ store: StandaloneDatabase) async throws {
        try await store.migrate()
        let now = Date()
        let demo = DemoOrganizationGenerator.generate(DemoOrganizationSpec(sellers: sellers, seed: 21, slug: "bench", createdAt: now))
        let organizationSeconds = try await seconds { try await Organizations(database: store.database).store(demo, passwordHashes: [:]) }
        let spec = try DemoExecutionSpec.weeks(weeks, endingBefore: now, seed: 21).validated()
        var counts = ExecutionSeeding.Counts()
        let historySeconds = try await seconds {
            counts = try await ExecutionSeeding(database: store.database, organizationID: demo.organization.id)
                .store(DemoExecutionGenerator(demo, spec: spec), at: now)
        }
        print(String(format: "Generated %d people in %.1f s; %d activities, %d postponements, %d deals with rollups in %.1f s.",
                     demo.people.count, organizationSeconds, counts.activities, counts.postponements, counts.deals, historySeconds))
    }

    private func measure(app: Application, baseURL: String) async throws {
        let organization = try await Organizations(database: app.db).all().first { $0.slug == "bench" }!
        let directory = Directory(database: app.db, organizationID: organization.id)
        let leader = try await directory.people(PeopleQuery(scope: .organization, viewerID: nil, accessRole: .admin, limit: 1)).people[0]
        try await Accounts(database: app.db).setPasswordHash(try await app.password.async.hash(Self.password), for: leader.id)
        let seller = try await directory.people(PeopleQuery(scope: .organization, viewerID: nil, accessRole: .seller, limit: 1)).people[0]
        let teams = try await directory.teams()
        let hierarchy = TeamHierarchy(teams)
        let team = seller.teamID.map { hierarchy.ancestors(of: $0).last ?? $0 } ?? teams[0].id
        let market = try await directory.markets()[0]
        let scopes: [(String, AnalysisScope)] = [
            ("seller", .person(seller.id)), ("top team", .team(team)), ("market", .market(market.id)), ("organization", .organization),
        ]

        let client = HTTPClient(eventLoopGroup: MultiThreadedEventLoopGroup.singleton)
        defer { _ = client.shutdown() }
        var tokenRequest = HTTPClientRequest(url: baseURL + "/api/v1/auth/token")
        tokenRequest.method = .POST
        tokenRequest.headers.add(name: "Content-Type", value: "application/json")
        tokenRequest.body = .bytes(ByteBuffer(string: #"{"email":"\#(leader.email)","password":"\#(Self.password)"}"#))
        let tokenResponse = try await client.execute(tokenRequest, timeout: .seconds(30))
        let tokenBody = try await tokenResponse.body.collect(upTo: 1 << 20)
        let token = (try JSONSerialization.jsonObject(with: Data(buffer: tokenBody)) as? [String: Any])?["token"] as! String

        let endpoints = ["time-allocation", "execution-rate", "pressure", "reasons", "deal-results", "stage-velocity", "stalled-deals"]
        print("Endpoint latency, warm, \(requests) requests each (leader token):")
        for endpoint in endpoints {
            for (label, scope) in scopes {
                let url = "\(baseURL)/api/v1/analyses/\(endpoint)?scope=\(scope)"
                var sample = LatencySample(milliseconds: [])
                for index in 0..<(requests + 5) {
                    var request = HTTPClientRequest(url: url)
                    request.headers.add(name: "Authorization", value: "Bearer \(token)")
                    let start = DispatchTime.now().uptimeNanoseconds
                    let response = try await client.execute(request, timeout: .seconds(120))
                    _ = try await response.body.collect(upTo: 64 << 20)
                    let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
                    guard response.status == .ok else { throw ValidationError("\(url) answered \(response.status)") }
                    if index >= 5 { sample.milliseconds.append(elapsed) }
                }
                print("  \(endpoint.padding(toLength: 16, withPad: " ", startingAt: 0)) \(label.padding(toLength: 13, withPad: " ", startingAt: 0)) \(sample.summary)")
            }
        }
    }
}
