import Vapor

/// Answers 405 with an `Allow` header when a path exists but not for the request's method
/// (`TRACE /api/v1/teams`), where the router alone would say 404 as if the path did not exist
/// (RFC 9110 §15.5.6). Only requests no route matched are looked at, so a handler's own 404
/// ("no such team") stays a 404.
struct MethodNotAllowedMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch let abort as any AbortError where abort.status == .notFound && request.route == nil {
            let allowed = Self.methods(for: request.url.path, in: request.application.routes)
            guard !allowed.isEmpty else { throw abort }
            var headers = HTTPHeaders()
            headers.replaceOrAdd(name: .allow, value: allowed.joined(separator: ", "))
            throw Abort(.methodNotAllowed, headers: headers)
        }
    }

    /// The methods some route answers at `path`, in a stable order.
    static func methods(for path: String, in routes: Routes) -> [String] {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        var methods: Set<String> = []
        for route in routes.all where matches(route.path, parts) {
            methods.insert(route.method.rawValue)
        }
        if methods.contains("GET") { methods.insert("HEAD") }
        return methods.sorted()
    }

    static func matches(_ components: [PathComponent], _ parts: [String]) -> Bool {
        var index = 0
        for component in components {
            switch component {
            case .catchall: return index < parts.count
            case .anything, .parameter:
                guard index < parts.count else { return false }
            case .constant(let constant):
                guard index < parts.count, parts[index] == constant else { return false }
            }
            index += 1
        }
        return index == parts.count
    }
}
