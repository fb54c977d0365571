import KeelStore
import SalesDomain
import Vapor

/// `GET /api/v1/audit-events`: the audit log for admins, with the page's filters. There is no
/// route that changes or removes an event; each read is itself recorded as an export.
enum AuditAPIController {
    static func register(on api: any RoutesBuilder) {
        api.on(.GET, "audit-events", access: .signedIn(.readAuditLog), use: list)
    }

    @Sendable
    static func list(_ request: Request) async throws -> ListResource<AuditEventResource> {
        let query = try await request.auditQuery()
        let person = try request.signedIn.person
        let report = try await AuditLog(database: request.db, organizationID: person.organizationID)
            .export(query, for: try await request.policy(), format: "json", at: request.now)
        return ListResource(items: report.events.map { AuditEventResource($0, in: report) }, total: report.total,
                            limit: query.limit, offset: query.offset)
    }
}
