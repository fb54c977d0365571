import Vapor

/// Gives every request an id that appears on each of its log lines and in the `X-Request-Id`
/// response header, so a user's report can be matched to the logs. A well-formed id from a
/// proxy in front is kept, to follow one request across services.
struct RequestIDMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let incoming = request.headers.first(name: "X-Request-Id")
        let id: String
        if let incoming, (8...128).contains(incoming.count),
           incoming.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) {
            id = incoming
        } else {
            // Not `request.id`: Vapor copies an incoming X-Request-Id into it unchecked.
            id = UUID().uuidString
        }
        request.logger[metadataKey: "request-id"] = .string(id)
        let response = try await next.respond(to: request)
        response.headers.replaceOrAdd(name: "X-Request-Id", value: id)
        return response
    }
}
