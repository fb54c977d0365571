import KeelStore
import SQLKit
import Vapor

/// Health, readiness, metrics and the API document — for load balancers, Prometheus and clients.
enum OperationsController {
    static func register(on routes: any RoutesBuilder) {
        routes.on(.GET, "healthz", access: .open, use: health)
        routes.on(.GET, "readyz", access: .open, use: readiness)
        routes.on(.GET, "metrics", access: .open, use: metrics)
        routes.on(.GET, "openapi.yaml", access: .open, use: openAPIDocument)
    }

    struct Status: Content {
        var status: String
        var database: String?
    }

    /// The process is up and answering.
    @Sendable
    static func health(_ request: Request) async throws -> Status {
        Status(status: "ok")
    }

    /// The database answers a query; a load balancer should not send traffic before it does.
    @Sendable
    static func readiness(_ request: Request) async throws -> Response {
        let response = Response(status: .ok)
        do {
            _ = try await (request.db as! any SQLDatabase).raw("SELECT 1").all()
            try response.content.encode(Status(status: "ready", database: "ok"), as: .json)
        } catch {
            request.logger.warning("readiness check failed: \(String(reflecting: error))")
            response.status = .serviceUnavailable
            try response.content.encode(Status(status: "unavailable", database: "unreachable"), as: .json)
        }
        return response
    }

    @Sendable
    static func metrics(_ request: Request) async throws -> Response {
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "plain", parameters: ["version": "0.0.4", "charset": "utf-8"])
        return Response(status: .ok, headers: headers, body: .init(string: KeelMetrics.registry.emitToString()))
    }

    @Sendable
    static func openAPIDocument(_ request: Request) async throws -> Response {
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "application", subType: "yaml", parameters: ["charset": "utf-8"])
        return Response(status: .ok, headers: headers, body: .init(string: OpenAPIDocument.yaml))
    }
}
