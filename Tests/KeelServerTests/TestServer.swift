import AsyncHTTPClient
import Foundation
@testable import KeelServer
import KeelStore
import NIOConcurrencyHelpers
import SalesDomain
import Testing
import Vapor

/// A clock the tests move by hand.
final class TestClock: Sendable {
    private let current = NIOLockedValueBox(Date(timeIntervalSince1970: 1_767_571_200)) // 2026-01-05
    var now: Date { current.withLockedValue { $0 } }
    func advance(by seconds: TimeInterval) { current.withLockedValue { $0 = $0.addingTimeInterval(seconds) } }
}

/// A Keel server on a free loopback port, with an in-memory SQLite database holding two
/// generated organizations, and an HTTP client that does not follow redirects.
final class TestServer: Sendable {
    static let password = "correct horse battery"

    let app: Application
    let client: HTTPClient
    let baseURL: String
    let clock: TestClock
    /// The organization the tests act in.
    let demo: DemoOrganization
    /// Another tenant in the same database, whose data must stay invisible.
    let rival: DemoOrganization
    let contract: OpenAPIContract
    private let inFlight: RequestsInFlight

    private init(
        app: Application, client: HTTPClient, baseURL: String, clock: TestClock, demo: DemoOrganization, rival: DemoOrganization,
        inFlight: RequestsInFlight
    ) {
        self.app = app
        self.inFlight = inFlight
        self.client = client
        self.baseURL = baseURL
        self.clock = clock
        self.demo = demo
        self.rival = rival
        self.contract = OpenAPIContract.shared
    }

    /// `signedInCache` is off unless a test asks for it: many tests change people straight in the
    /// store, as no node's write would, and expect the next request to see it.
    static func start(
        sellers: Int = 24, wideScreens: KeelConfiguration.WideScreens = .init(), signedInCache: TimeInterval = 0
    ) async throws -> TestServer {
        let app = try await Application.make(.testing)
        let clock = TestClock()
        var configuration = KeelConfiguration(host: "127.0.0.1", port: 0, database: .sqliteMemory, bcryptCost: 4, logLevel: .warning)
        configuration.loadDemoOnFirstStart = false
        configuration.wideScreens = wideScreens
        configuration.signedInCacheLifetime = signedInCache
        do {
            try await KeelApp.configure(app, configuration: configuration, now: { clock.now })
            try await KeelApp.migrate(app)
            let demo = try await DemoSeeding.seed(
                DemoOrganizationSpec(sellers: sellers, seed: 11, slug: "demo", createdAt: clock.now), password: password, on: app
            ).demo
            let rival = try await DemoSeeding.seed(
                DemoOrganizationSpec(sellers: 12, seed: 12, name: "Rival AB", slug: "rival", createdAt: clock.now), password: password, on: app
            ).demo
            let inFlight = RequestsInFlight()
            app.middleware.use(inFlight)
            try await app.server.start(address: .hostname("127.0.0.1", port: 0))
            guard let port = app.http.server.shared.localAddress?.port else { throw Abort(.internalServerError) }
            // A request waits for a pooled connection no longer than the connect timeout (10 s
            // unless set): a burst of two dozen at once, on two busy cores, waited longer and
            // failed before the server saw it. Every request of a burst gets its own connection,
            // and waits as long as `send` lets an answer take.
            let client = HTTPClient(
                eventLoopGroup: MultiThreadedEventLoopGroup.singleton,
                configuration: .init(
                    redirectConfiguration: .disallow, timeout: .init(connect: .seconds(120)),
                    connectionPool: .init(idleTimeout: .seconds(60), concurrentHTTP1ConnectionsPerHostSoftLimit: 32)))
            return TestServer(
                app: app, client: client, baseURL: "http://127.0.0.1:\(port)", clock: clock, demo: demo, rival: rival, inFlight: inFlight)
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
    }

    /// Nothing may still be answering when the application's services go: a test that ends
    /// early leaves requests its client no longer waits for.
    func stop() async throws {
        await app.server.shutdown()
        try await client.shutdown()
        await inFlight.drained()
        try await app.asyncShutdown()
    }

    struct Exchange: Sendable {
        var status: HTTPResponseStatus
        var headers: HTTPHeaders
        var body: Data

        var text: String { String(decoding: body, as: UTF8.self) }

        func json() throws -> [String: Any] {
            try #require(JSONSerialization.jsonObject(with: body) as? [String: Any], "expected a JSON object, got \(text)")
        }

        func decode<T: Decodable>(_ type: T.Type) throws -> T {
            let decoder = JSONDecoder()
            decoder.dateDecodingStrategy = .iso8601
            return try decoder.decode(T.self, from: body)
        }

        /// The error object of an API error response.
        var error: (code: String, field: String?)? {
            guard let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any],
                  let error = object["error"] as? [String: Any], let code = error["code"] as? String
            else { return nil }
            return (code, error["field"] as? String)
        }
    }

    func send(_ method: HTTPMethod, _ path: String, headers: HTTPHeaders = [:], body: Data? = nil) async throws -> Exchange {
        var request = HTTPClientRequest(url: baseURL + path)
        request.method = method
        request.headers = headers
        if let body { request.body = .bytes(ByteBuffer(bytes: body)) }
        // Generous: importing the real 8,800-deal export while ~200 suites run beside it on two
        // cores took over 30 s; a test asserts what comes back, never how fast.
        let response = try await client.execute(request, timeout: .seconds(120))
        let collected = try await response.body.collect(upTo: 16 * 1024 * 1024)
        return Exchange(status: response.status, headers: response.headers, body: Data(buffer: collected))
    }

    /// A JSON API call, checked against the OpenAPI document on the way back.
    @discardableResult
    func api(
        _ method: HTTPMethod, _ path: String, token: String? = nil, json: Any? = nil, rawBody: String? = nil,
        csv: String? = nil, parts: [(name: String, filename: String, contents: Data)]? = nil, sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> Exchange {
        var headers = HTTPHeaders()
        if let token { headers.bearerAuthorization = .init(token: token) }
        var body: Data?
        if let json {
            body = try JSONSerialization.data(withJSONObject: json)
        } else if let rawBody {
            body = Data(rawBody.utf8)
        }
        if body != nil { headers.contentType = .json }
        if let csv {
            body = Data(csv.utf8)
            headers.contentType = HTTPMediaType(type: "text", subType: "csv")
        }
        if let parts {
            let boundary = "keel-test-\(UUID().uuidString)"
            var form = Data()
            for part in parts {
                form += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(part.name)\"; filename=\"\(part.filename)\"\r\n\r\n".utf8)
                form += part.contents + Data("\r\n".utf8)
            }
            body = form + Data("--\(boundary)--\r\n".utf8)
            headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
        }
        let exchange = try await send(method, path, headers: headers, body: body)
        contract.check(method, path, status: exchange.status, contentType: exchange.headers.first(name: .contentType),
                       body: exchange.body, sourceLocation: sourceLocation)
        return exchange
    }

    /// A bearer token for the person, through the real token endpoint.
    func token(for person: Person) async throws -> String {
        let exchange = try await api(.POST, "/api/v1/auth/token", json: ["email": person.email, "password": Self.password])
        try #require(exchange.status == .created, "token for \(person.email): \(exchange.status) \(exchange.text)")
        return try #require(try exchange.json()["token"] as? String)
    }
}

func withServer(
    sellers: Int = 24, wideScreens: KeelConfiguration.WideScreens = .init(), signedInCache: TimeInterval = 0,
    _ body: (TestServer) async throws -> Void
) async throws {
    let server = try await TestServer.start(sellers: sellers, wideScreens: wideScreens, signedInCache: signedInCache)
    do {
        try await body(server)
        try await server.stop()
    } catch {
        try? await server.stop()
        throw error
    }
}
