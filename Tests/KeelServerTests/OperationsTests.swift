import Foundation
@testable import KeelServer
import Testing
import Vapor
import Yams

@Suite(.serialized) struct OperationsTests {
    @Test func healthReadinessAndMetricsAnswer() async throws {
        try await withServer { server in
            #expect(try await server.api(.GET, "/healthz").status == .ok)
            let ready = try await server.api(.GET, "/readyz")
            #expect(ready.status == .ok && ready.text.contains("ready"))
            let metrics = try await server.api(.GET, "/metrics")
            #expect(metrics.status == .ok)
            #expect(metrics.text.contains("http_requests_total"))
            #expect(metrics.headers.first(name: .contentType)?.hasPrefix("text/plain") == true)
        }
    }

    @Test func everyResponseCarriesARequestID() async throws {
        try await withServer { server in
            let generated = try await server.send(.GET, "/healthz")
            #expect((generated.headers.first(name: "X-Request-Id")?.count ?? 0) >= 8)
            let passed = try await server.send(.GET, "/healthz", headers: ["X-Request-Id": "trace-12345678"])
            #expect(passed.headers.first(name: "X-Request-Id") == "trace-12345678")
            let hostile = try await server.send(.GET, "/healthz", headers: ["X-Request-Id": "bad id <script>"])
            #expect(hostile.headers.first(name: "X-Request-Id") != "bad id <script>")
        }
    }

    @Test func theServedDocumentIsTheContractAndOpenAPI31() async throws {
        try await withServer { server in
            let served = try await server.send(.GET, "/openapi.yaml")
            let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("Sources/KeelServer/openapi.yaml")
            #expect(served.body == (try Data(contentsOf: file)), "the served document is the file, byte for byte")
            let document = try #require(try Yams.load(yaml: served.text) as? [String: Any])
            #expect(document["openapi"] as? String == "3.1.0")
        }
    }

    @Test func everyRoutedOperationIsDocumentedAndEveryDocumentedOneIsRouted() async throws {
        try await withServer { server in
            let documented = OpenAPIContract.shared.operations
            let routed = AuthorizationMatrixTests.templates(of: server.app).filter { template in
                let path = template.split(separator: " ")[1]
                return path.hasPrefix("/api/") || path.hasPrefix("/calendar/") || ["/healthz", "/readyz", "/metrics", "/openapi.yaml"].contains(String(path))
            }
            #expect(routed.subtracting(documented).isEmpty, "routed but not documented: \(routed.subtracting(documented).sorted())")
            #expect(documented.subtracting(routed).isEmpty, "documented but not routed: \(documented.subtracting(routed).sorted())")
        }
    }

    @Test func configurationProblemsAreReportedTogether() {
        #expect(throws: KeelConfiguration.Problems.self) {
            try KeelConfiguration.fromEnvironment(["KEEL_PORT": "eighty", "KEEL_DATABASE_URL": "mysql://x", "KEEL_LOG_LEVEL": "loud"])
        }
        do {
            _ = try KeelConfiguration.fromEnvironment(["KEEL_PORT": "eighty", "KEEL_DATABASE_URL": "mysql://x"])
        } catch let problems as KeelConfiguration.Problems {
            #expect(problems.messages.count == 2)
        } catch {
            Issue.record("unexpected \(error)")
        }
        let configuration = try? KeelConfiguration.fromEnvironment(["KEEL_PORT": "9090", "KEEL_PUBLIC_URL": "https://keel.example.com"])
        #expect(configuration?.port == 9090)
        #expect(configuration?.secureCookies == true)
    }
}
