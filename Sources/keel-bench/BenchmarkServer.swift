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

/// A benchmark database served by Keel over real HTTP on a free port, and a client that times
/// requests to it the way a browser or an integration would make them: one at a time, warm.
struct BenchmarkServer {
    let app: Application
    let baseURL: String
    let client: HTTPClient

    static let password = "bench-password-1234"
    /// Requests sent before timing starts, so caches and connections are warm.
    static let warmUpRequests = 5

    /// Serves `location` for the duration of `body`.
    static func serving(_ location: DatabaseLocation, _ body: (BenchmarkServer) async throws -> Void) async throws {
        let app = try await Application.make(.production)
        var configuration = KeelConfiguration(host: "127.0.0.1", port: 0, database: location, loadDemoOnFirstStart: false, bcryptCost: 4, logLevel: .error)
        configuration.demoPassword = nil
        let client = HTTPClient(eventLoopGroup: MultiThreadedEventLoopGroup.singleton)
        do {
            try await KeelApp.configure(app, configuration: configuration, now: { Date() })
            // As `keel serve` starts: the schema checked, the write-ahead log on, and each
            // connection's larger page cache, without which a warm request re-reads pages.
            try await KeelApp.migrate(app)
            try await app.server.start(address: .hostname("127.0.0.1", port: 0))
            let port = app.http.server.shared.localAddress!.port!
            try await body(BenchmarkServer(app: app, baseURL: "http://127.0.0.1:\(port)", client: client))
            try await client.shutdown()
            await app.server.shutdown()
            try await app.asyncShutdown()
        } catch {
            try? await client.shutdown()
            await app.server.shutdown()
            try? await app.asyncShutdown()
            throw error
        }
    }

    /// The organization generated under `slug`.
    func organization(slug: String) async throws -> Organization {
        guard let organization = try await Organizations(database: app.db).all().first(where: { $0.slug == slug }) else {
            throw ValidationError("the benchmark database has no organization '\(slug)'; delete the file to generate it again")
        }
        return organization
    }

    /// Gives `person` the benchmark password and signs them in through the API.
    func token(for person: Person) async throws -> String {
        try await Accounts(database: app.db).setPasswordHash(try await app.password.async.hash(Self.password), for: person.id, at: Date())
        var request = HTTPClientRequest(url: baseURL + "/api/v1/auth/token")
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        request.body = .bytes(ByteBuffer(string: #"{"email":"\#(person.email)","password":"\#(Self.password)"}"#))
        let response = try await client.execute(request, timeout: .seconds(30))
        let body = try await response.body.collect(upTo: 1 << 20)
        guard response.status == .created || response.status == .ok,
              let token = (try JSONSerialization.jsonObject(with: Data(buffer: body)) as? [String: Any])?["token"] as? String
        else { throw ValidationError("signing in \(person.email) answered \(response.status)") }
        return token
    }

    /// The decoded JSON body of one request.
    func json(_ path: String, token: String) async throws -> Any {
        let (_, body) = try await get(path, token: token)
        return try JSONSerialization.jsonObject(with: Data(buffer: body))
    }

    /// Times `requests` GETs of `path` after the warm-up; any answer but 200 stops the benchmark.
    func latency(of path: String, token: String?, requests: Int) async throws -> LatencySample {
        var sample = LatencySample(milliseconds: [])
        for index in 0..<(requests + Self.warmUpRequests) {
            let start = DispatchTime.now().uptimeNanoseconds
            _ = try await get(path, token: token)
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
            if index >= Self.warmUpRequests { sample.milliseconds.append(elapsed) }
        }
        return sample
    }

    private func get(_ path: String, token: String?) async throws -> (HTTPResponseStatus, ByteBuffer) {
        var request = HTTPClientRequest(url: baseURL + path)
        if let token { request.headers.add(name: "Authorization", value: "Bearer \(token)") }
        let response = try await client.execute(request, timeout: .seconds(120))
        let body = try await response.body.collect(upTo: 64 << 20)
        guard response.status == .ok else { throw ValidationError("\(path) answered \(response.status)") }
        return (response.status, body)
    }
}

/// A benchmark's SQLite file: generated once with an organization of `sellers` and whatever
/// history the benchmark needs, then reused, so repeated runs measure the same data.
struct BenchmarkDatabase {
    let path: String
    let sellers: Int
    let seed: UInt64

    /// Generates the file when it is missing (`history` adds to the stored organization and
    /// says what it wrote), then serves it for `measure`.
    func serve(
        history: (DemoOrganization, any Database) async throws -> String,
        measure: (BenchmarkServer) async throws -> Void
    ) async throws {
        let location = try DatabaseLocation("sqlite:\(path)")
        if !FileManager.default.fileExists(atPath: path) {
            try await StandaloneDatabase.using(location) { store in
                try await store.migrate()
                let demo = DemoOrganizationGenerator.generate(DemoOrganizationSpec(sellers: sellers, seed: seed, slug: "bench", createdAt: Date()))
                let organizationSeconds = try await seconds { try await Organizations(database: store.database).store(demo, passwordHashes: [:]) }
                var written = ""
                let historySeconds = try await seconds { written = try await history(demo, store.database) }
                print("Generated \(demo.people.count) people in \(String(format: "%.1f", organizationSeconds)) s; \(written) in \(String(format: "%.1f", historySeconds)) s.")
            }
        }
        try await BenchmarkServer.serving(location, measure)
    }
}
