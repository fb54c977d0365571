import KeelStore
import SalesDomain
import Vapor

/// What a route demands before its handler runs. Every Keel route is registered with one
/// (see ``RoutesBuilder/on(_:_:access:use:)``), and a test fails on any route without it.
public enum RouteAccess: Hashable, Sendable, CustomStringConvertible {
    /// Anyone, signed in or not (sign-in page, health checks, the API document).
    case open
    /// A signed-in person whose role holds the capability. Record-level checks (is this
    /// person in my scope?) happen in the handler through ``AccessPolicy``.
    case signedIn(Capability)

    public var description: String {
        switch self {
        case .open: "open"
        case .signedIn(let capability): capability.rawValue
        }
    }
}

struct RouteAccessKey: Hashable, Sendable {}

/// The most a route collects of a request body, for middleware that reads the body first.
struct RouteBodyLimitKey: Hashable, Sendable {}

extension Route {
    /// The access the route was registered with, or `nil` for a route that bypassed the gate.
    public var access: RouteAccess? {
        userInfo[AnySendableHashable(RouteAccessKey())] as? RouteAccess
    }
}

extension RoutesBuilder {
    /// Registers a route behind the access gate. This is the only way Keel adds routes.
    ///
    /// A GET handler reads with a ``ReadMemo`` of its own, so the parts of one screen share
    /// what they read of cycles and frameworks; a handler that writes never has one.
    @discardableResult
    func on<Response: AsyncResponseEncodable>(
        _ method: HTTPMethod, _ path: PathComponent..., access: RouteAccess, body: HTTPBodyStreamStrategy = .collect,
        use handler: @Sendable @escaping (Request) async throws -> Response
    ) -> Route {
        let reading: @Sendable (Request) async throws -> Response
        if method == .GET {
            reading = { request in
                try await ReadMemo.$current.withValue(ReadMemo()) { try await handler(request) }
            }
        } else {
            reading = handler
        }
        let route = grouped(AccessGate(access: access)).on(method, path, body: body, use: reading)
        route.userInfo[AnySendableHashable(RouteAccessKey())] = access
        if case .collect(let limit?) = body {
            route.userInfo[AnySendableHashable(RouteBodyLimitKey())] = limit.value
        }
        return route
    }
}

/// Enforces a route's ``RouteAccess``: not signed in → 401 (the web turns that into the
/// sign-in page); signed in without the capability → 403.
struct AccessGate: AsyncMiddleware {
    let access: RouteAccess

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if case .signedIn(let capability) = access {
            guard let signedIn = request.auth.get(SignedIn.self) else { throw APIError.unauthenticated }
            guard signedIn.person.accessRole >= capability.minimumRole else { throw APIError.forbidden }
        }
        return try await next.respond(to: request)
    }
}
