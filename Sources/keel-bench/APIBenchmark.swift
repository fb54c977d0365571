import ArgumentParser
import AsyncHTTPClient
import Foundation
import KeelStore
import NIOCore
import NIOPosix
import SalesDomain

/// What every API client pays before any analysis: signing in with a bearer token and the small
/// reads (`GET /api/v1/me`, `GET /api/v1/markets`), against `/healthz`, which does no work — one
/// request at a time, then with many connections at once (issue 17 target: signed-in reads at
/// least half of `/healthz`'s throughput, p99 ≤ 25 ms, at 10,000 sellers).
struct APIBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "api", abstract: "Latency and throughput of signed-in small reads against /healthz.")

    @ArgumentParser.Option(help: "Sellers in the generated organization.") var sellers: Int = 10_000
    @ArgumentParser.Option(help: "SQLite file; generated when missing, reused when present (any benchmark's file will do).") var database: String = "keel-bench-api.sqlite"
    @ArgumentParser.Option(help: "Measured requests per endpoint one at a time (after 5 warm-up requests).") var requests: Int = 200
    @ArgumentParser.Option(help: "Connections open at once for the throughput part.") var connections: Int = 64
    @ArgumentParser.Option(help: "Seconds of load per endpoint for the throughput part.") var duration: Int = 10

    func run() async throws {
        try await BenchmarkDatabase(path: database, sellers: sellers, seed: 37).serve(history: { _, _ in "no history" }, measure: measure)
    }

    private func measure(on server: BenchmarkServer) async throws {
        let organization = try await server.organization(slug: "bench")
        let directory = Directory(database: server.app.db, organizationID: organization.id)
        func first(_ role: AccessRole) async throws -> Person {
            try await directory.people(PeopleQuery(scope: .organization, viewerID: nil, accessRole: role, limit: 1)).people[0]
        }
        let seller = try await server.token(for: try await first(.seller))
        let manager = try await server.token(for: try await first(.manager))
        let leader = try await server.token(for: try await first(.leader))
        let endpoints: [(label: String, path: String, token: String?)] = [
            ("/healthz", "/healthz", nil),
            ("/api/v1/me, seller", "/api/v1/me", seller),
            ("/api/v1/me, manager", "/api/v1/me", manager),
            ("/api/v1/me, leader", "/api/v1/me", leader),
            ("/api/v1/markets, leader", "/api/v1/markets", leader),
        ]
        print("Signed-in small reads at \(sellers) sellers, one request at a time:")
        for endpoint in endpoints {
            let sample = try await server.latency(of: endpoint.path, token: endpoint.token, requests: requests)
            print("  \(endpoint.label.padding(toLength: 26, withPad: " ", startingAt: 0)) \(sample.summary)")
        }
        print("With \(connections) connections for \(duration) s each:")
        var pool = HTTPClient.Configuration()
        pool.connectionPool.concurrentHTTP1ConnectionsPerHostSoftLimit = connections
        let client = HTTPClient(eventLoopGroup: MultiThreadedEventLoopGroup.singleton, configuration: pool)
        var loads: [LatencySample] = []
        do {
            for endpoint in endpoints {
                loads.append(try await throughput(of: server.baseURL + endpoint.path, token: endpoint.token, client: client))
            }
        } catch {
            try? await client.shutdown()
            throw error
        }
        try await client.shutdown()
        var healthz: Double?
        for (endpoint, load) in zip(endpoints, loads) {
            let perSecond = Double(load.milliseconds.count) / Double(duration)
            let share = healthz.map { String(format: "%3.0f %% of /healthz", 100 * perSecond / $0) } ?? ""
            healthz = healthz ?? perSecond
            print("  \(endpoint.label.padding(toLength: 26, withPad: " ", startingAt: 0)) \(String(format: "%7.0f requests/s", perSecond))  \(String(format: "p99 %7.2f ms", load.percentile(0.99)))  \(share)")
        }
    }

    /// Keeps `connections` requests in flight for `duration` seconds; any answer but 200 stops it.
    private func throughput(of url: String, token: String?, client: HTTPClient) async throws -> LatencySample {
        let end = DispatchTime.now().uptimeNanoseconds + UInt64(duration) * 1_000_000_000
        let latencies = try await withThrowingTaskGroup(of: [Double].self) { group in
            for _ in 0..<connections {
                group.addTask {
                    var mine: [Double] = []
                    while DispatchTime.now().uptimeNanoseconds < end {
                        var request = HTTPClientRequest(url: url)
                        if let token { request.headers.add(name: "Authorization", value: "Bearer \(token)") }
                        let start = DispatchTime.now().uptimeNanoseconds
                        let response = try await client.execute(request, timeout: .seconds(60))
                        _ = try await response.body.collect(upTo: 1 << 20)
                        guard response.status == .ok else { throw ValidationError("\(url) answered \(response.status)") }
                        mine.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
                    }
                    return mine
                }
            }
            return try await group.reduce(into: []) { $0 += $1 }
        }
        return LatencySample(milliseconds: latencies)
    }
}
