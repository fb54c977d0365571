import Foundation
@testable import KeelServer
import KeelStore
import SalesDomain
import Testing
import Vapor

/// What a fuzzer sends and a client may: a body too large, a body that is not JSON, a query value
/// of the wrong type, a method the path does not have. Every operation of `openapi.yaml` is sent
/// each of these, as an admin, and the status the server answers must be one the operation
/// documents; a method a path does not have is 405 with `Allow`, never 404.
@Suite(.serialized) struct MalformedRequestStatusTests {
    static let methods = ["get", "post", "put", "patch", "delete"]

    /// A concrete path for a template: ids nobody has, and plain values for the other parameters.
    static func concrete(_ template: String) -> String {
        var path = template
        for (name, value) in ["{version}": "1", "{type}": "skill", "{token}": "nope"] {
            path = path.replacingOccurrences(of: name, with: value)
        }
        while let open = path.firstIndex(of: "{"), let close = path[open...].firstIndex(of: "}") {
            path.replaceSubrange(open...close, with: UUID().uuidString.lowercased())
        }
        return path
    }

    static func parameters(_ operation: [String: Any], _ item: [String: Any], contract: OpenAPIContract) -> [[String: Any]] {
        ((item["parameters"] as? [Any] ?? []) + (operation["parameters"] as? [Any] ?? [])).compactMap { raw in
            guard let parameter = raw as? [String: Any] else { return nil }
            return (parameter["$ref"] as? String).map(contract.resolve) ?? parameter
        }
    }

    @Test func everyOperationDocumentsWhatItAnswersToMalformedRequests() async throws {
        try await withServer { server in
            let contract = server.contract
            let token = try await server.token(for: server.demo.logins.admin)
            var authorization = HTTPHeaders()
            authorization.bearerAuthorization = .init(token: token)
            var undocumented: [String] = []
            func check(_ method: HTTPMethod, _ template: String, _ path: String, _ case: String, headers: HTTPHeaders, body: Data?) async throws {
                let exchange = try await server.send(method, path, headers: headers, body: body)
                let problems = contract.problems(method: method, path: path, status: exchange.status,
                                                 contentType: exchange.headers.first(name: .contentType), body: exchange.body)
                if !problems.isEmpty { undocumented.append("\(method) \(template) \(`case`) → \(exchange.status.code): \(problems)") }
                let text = String(decoding: exchange.body, as: UTF8.self)
                #expect(!text.contains("Decodable") && !text.contains("Dictionary<"), "\(method) \(template) \(`case`) names a Swift type: \(text.prefix(200))")
                #expect(exchange.status.code < 500, "\(method) \(template) \(`case`) → \(exchange.status.code)")
            }
            for (template, raw) in contract.paths.sorted(by: { $0.key < $1.key }) where template.hasPrefix("/api/") {
                let item = raw as? [String: Any] ?? [:]
                for key in Self.methods {
                    guard let operation = item[key] as? [String: Any] else { continue }
                    let method = HTTPMethod(rawValue: key.uppercased())
                    let path = Self.concrete(template)
                    // MUT: a body over any route's limit, as JSON
                    var json = authorization
                    json.contentType = .json
                    try await check(method, template, path, "2 MB body", headers: json,
                                    body: Data("{\"x\":\"\(String(repeating: "a", count: 2_000_000))\"}".utf8))
                    // MUT: a body that is not JSON, where one is read
                    if operation["requestBody"] != nil {
                        var plain = authorization
                        plain.contentType = .plainText
                        try await check(method, template, path, "text/plain body", headers: plain, body: Data("hello".utf8))
                        // MUT: no body and no content type at all (Vapor's own answer was an undocumented 415)
                        try await check(method, template, path, "no body", headers: authorization, body: nil)
                    }
                    // MUT: each query parameter with a value of no type it has
                    for parameter in Self.parameters(operation, item, contract: contract) where parameter["in"] as? String == "query" {
                        let name = parameter["name"] as? String ?? ""
                        try await check(method, template, path + "?\(name)=%00bogus%FF", "bad ?\(name)", headers: authorization, body: nil)
                    }
                }
                // MUT: a method no route has at this path
                let trace = try await server.send(.TRACE, Self.concrete(template), headers: authorization)
                #expect(trace.status == .methodNotAllowed, "TRACE \(template) → \(trace.status.code)")
                #expect(trace.headers.first(name: .allow)?.isEmpty == false, "TRACE \(template) names the allowed methods")
            }
            #expect(undocumented.isEmpty, "\(undocumented.count) undocumented answers:\n\(undocumented.joined(separator: "\n"))")
        }
    }

    @Test func aHandlersOwnNotFoundStaysNotFound() async throws {
        try await withServer { server in
            let token = try await server.token(for: server.demo.logins.admin)
            let missing = try await server.api(.GET, "/api/v1/teams/\(UUID().uuidString.lowercased())", token: token)
            let nowhere = try await server.send(.GET, "/api/v1/no-such-thing")
            #expect(missing.status == .notFound && nowhere.status == .notFound)
            let wrongMethod = try await server.send(.DELETE, "/api/v1/me")
            #expect(wrongMethod.status == .methodNotAllowed)
            #expect(wrongMethod.headers.first(name: .allow) == "GET, HEAD")
        }
    }
}
