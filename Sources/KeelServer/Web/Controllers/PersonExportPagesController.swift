import KeelStore
import SalesDomain
import Vapor

/// A person's data export on the web: the readable summary and the JSON file, for the person
/// themself and admins. Each is recorded in the audit log as an export.
enum PersonExportPagesController {
    static func register(on web: any RoutesBuilder) {
        web.on(.GET, "people", ":personID", "export", access: .signedIn(.readOwnRecords), use: summary)
        web.on(.GET, "people", ":personID", "export.json", access: .signedIn(.readOwnRecords), use: file)
    }

    @Sendable
    static func summary(_ request: Request) async throws -> Response {
        let export = try await request.personExport(format: "html")
        return Layout.response(PersonExportPage.render(export, context: try await PageContext.make(for: request)), for: request)
    }

    @Sendable
    static func file(_ request: Request) async throws -> Response {
        try PersonExportAPIController.response(try await request.personExport(format: "json"), asFile: true)
    }
}
