import Foundation
import Testing
import Vapor

/// A minimal browser over real HTTP: keeps cookies, reads the CSRF token from the last page,
/// and lets a test follow redirects one at a time.
final class TestBrowser {
    let server: TestServer
    private(set) var cookies: [String: String] = [:]
    private(set) var lastPage = ""
    var acceptLanguage: String?

    init(_ server: TestServer) {
        self.server = server
    }

    var csrfToken: String? {
        guard let range = lastPage.range(of: #"name="_csrf" value="([^"]*)""#, options: .regularExpression) else { return nil }
        let match = String(lastPage[range])
        return match.components(separatedBy: "value=\"").last.map { String($0.dropLast()) }
    }

    @discardableResult
    func get(_ path: String) async throws -> TestServer.Exchange {
        let exchange = try await server.send(.GET, path, headers: headers())
        remember(exchange)
        return exchange
    }

    /// Posts a form, adding the CSRF token of the last page unless the test supplies its own.
    @discardableResult
    func post(_ path: String, form: [(String, String)], includeCSRF: Bool = true) async throws -> TestServer.Exchange {
        var fields = form
        if includeCSRF, !fields.contains(where: { $0.0 == "_csrf" }), let token = csrfToken {
            fields.append(("_csrf", token))
        }
        let body = fields.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        var headers = headers()
        headers.contentType = .urlEncodedForm
        let exchange = try await server.send(.POST, path, headers: headers, body: Data(body.utf8))
        remember(exchange)
        return exchange
    }

    /// Posts a multipart form with one file, as a browser's upload does.
    @discardableResult
    func upload(_ path: String, fields: [(String, String)], file: (field: String, name: String, contents: String)) async throws -> TestServer.Exchange {
        try await upload(path, fields: fields, file: (file.field, file.name, Data(file.contents.utf8)))
    }

    /// The same with the file's bytes as they are (a file that is not UTF-8).
    @discardableResult
    func upload(_ path: String, fields: [(String, String)], file: (field: String, name: String, bytes: Data)) async throws -> TestServer.Exchange {
        try await upload(path, fields: fields, files: [file])
    }

    /// A multipart form with several files (a mapping file beside the CSV).
    @discardableResult
    func upload(_ path: String, fields: [(String, String)], files: [(field: String, name: String, bytes: Data)]) async throws -> TestServer.Exchange {
        let boundary = "keel-test-\(UUID().uuidString)"
        var body = Data()
        for (name, value) in fields + [("_csrf", csrfToken ?? "")] {
            body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        for file in files {
            body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.field)\"; filename=\"\(file.name)\"\r\n".utf8)
            body += Data("Content-Type: text/csv\r\n\r\n".utf8) + file.bytes + Data("\r\n".utf8)
        }
        body += Data("--\(boundary)--\r\n".utf8)
        var headers = headers()
        headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
        let exchange = try await server.send(.POST, path, headers: headers, body: body)
        remember(exchange)
        return exchange
    }

    /// Signs in through the form and follows the redirect to the start page.
    @discardableResult
    func signIn(_ email: String, password: String = TestServer.password) async throws -> TestServer.Exchange {
        try await get("/login")
        let response = try await post("/login", form: [("email", email), ("password", password)])
        guard response.status == .seeOther, let location = response.headers.first(name: .location) else { return response }
        return try await follow(location)
    }

    /// Follows redirects until a page answers.
    @discardableResult
    func follow(_ location: String) async throws -> TestServer.Exchange {
        var exchange = try await get(location)
        var hops = 0
        while [.seeOther, .found, .movedPermanently].contains(exchange.status), let next = exchange.headers.first(name: .location), hops < 5 {
            exchange = try await get(next)
            hops += 1
        }
        return exchange
    }

    private func headers() -> HTTPHeaders {
        var headers = HTTPHeaders()
        if !cookies.isEmpty {
            headers.add(name: .cookie, value: cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))
        }
        if let acceptLanguage { headers.add(name: .acceptLanguage, value: acceptLanguage) }
        return headers
    }

    private func remember(_ exchange: TestServer.Exchange) {
        for header in exchange.headers[.setCookie] {
            let pair = header.split(separator: ";", maxSplits: 1)[0]
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 2 else { continue }
            if parts[1].isEmpty || header.lowercased().contains("max-age=0") {
                cookies[parts[0]] = nil
            } else {
                cookies[parts[0]] = parts[1]
            }
        }
        if exchange.headers.contentType == .html || exchange.headers.first(name: .contentType)?.hasPrefix("text/html") == true {
            lastPage = exchange.text
        }
    }

    static func encode(_ value: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value
    }
}
