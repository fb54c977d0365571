import Vapor

/// Forgets the writer's organization in the ``SignedInCache`` when a request that may have
/// written ends, whether it succeeded or not: any write can change who may see what.
struct SignedInCacheInvalidation: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard ![.GET, .HEAD, .OPTIONS].contains(request.method) else { return try await next.respond(to: request) }
        defer {
            if let organization = request.auth.get(SignedIn.self)?.person.organizationID {
                request.application.keel.signedInCache?.forget(organization: organization)
            }
        }
        return try await next.respond(to: request)
    }
}
