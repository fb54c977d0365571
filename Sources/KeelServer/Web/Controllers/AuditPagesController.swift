import KeelStore
import SalesDomain
import Vapor

/// The audit log page and its files, for admins. Only reads: nothing in Keel changes or
/// removes an audit event. Each file downloaded is recorded as an export.
enum AuditPagesController {
    static func register(on web: any RoutesBuilder) {
        web.on(.GET, "admin", "audit", access: .signedIn(.readAuditLog), use: page)
        web.on(.GET, "admin", "audit.csv", access: .signedIn(.readAuditLog), use: csv)
        web.on(.GET, "admin", "audit.json", access: .signedIn(.readAuditLog), use: json)
    }

    static func log(_ request: Request) throws -> AuditLog {
        AuditLog(database: request.db, organizationID: try request.signedIn.person.organizationID)
    }

    @Sendable
    static func page(_ request: Request) async throws -> Response {
        let report = try await log(request).report(try await request.auditQuery(), for: try await request.policy())
        let context = try await PageContext.make(for: request)
        let model = AuditPage.Model(report: report, calendar: context.calendar)
        return Layout.response(AuditPage.render(model, context: context), for: request)
    }

    /// Every matching event, up to ``AuditLog/exportLimit``, as one file.
    static func file(_ request: Request, format: String) async throws -> AuditLogReport {
        var query = try await request.auditQuery()
        query.offset = 0
        query.limit = AuditLog.exportLimit
        return try await log(request).export(query, for: try await request.policy(), format: format, at: request.now)
    }

    static func download(_ body: String, type: HTTPMediaType, name: String, for request: Request) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = type
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(name)\"")
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: .ok, headers: headers, body: .init(string: body))
    }

    @Sendable
    static func csv(_ request: Request) async throws -> Response {
        let report = try await file(request, format: "csv")
        return download(AuditCSV.file(report), type: HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"]),
                        name: "keel-audit-log.csv", for: request)
    }

    @Sendable
    static func json(_ request: Request) async throws -> Response {
        let report = try await file(request, format: "json")
        let resource = ListResource(items: report.events.map { AuditEventResource($0, in: report) }, total: report.total,
                                    limit: report.query.limit, offset: 0)
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return download(String(decoding: try encoder.encode(resource), as: UTF8.self), type: .json, name: "keel-audit-log.json", for: request)
    }
}
