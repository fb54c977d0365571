import KeelStore
import SalesDomain
import Vapor

/// `GET /api/v1/people/{personID}/export`: everything stored about a person, for the person
/// themself or an admin (``AccessPolicy/export(_:)``); every call is recorded in the audit log.
enum PersonExportAPIController {
    static func register(on api: any RoutesBuilder) {
        api.on(.GET, "people", ":personID", "export", access: .signedIn(.readOwnRecords), use: export)
    }

    @Sendable
    static func export(_ request: Request) async throws -> Response {
        try response(try await request.personExport(format: "json"), asFile: false)
    }

    /// The export's JSON, never cached; `asFile` names it for saving (the web's download link).
    static func response(_ export: PersonExport, asFile: Bool) throws -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .json
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        if asFile {
            let name = export.profile.person.email.replacingOccurrences(of: "@", with: "-at-")
                .filter { $0.isLetter || $0.isNumber || "-._".contains($0) }
            headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"keel-data-\(name).json\"")
        }
        return Response(status: .ok, headers: headers, body: .init(data: try PersonExportJSON.encode(export)))
    }
}

extension Request {
    /// The export of the person in the path, for the signed-in reader, recorded as taken in `format`.
    func personExport(format: String) async throws -> PersonExport {
        let id = try self.id("personID", as: Person.ID.self, entity: "person")
        return try await PersonalData(database: db, organizationID: try signedIn.person.organizationID)
            .export(id, for: try await policy(), format: format, at: now)
    }
}
