import Foundation
import SalesDomain
import Vapor

/// The diagnosis page (SPEC §3).
enum DiagnosisPagesController {
    static func register(on web: any RoutesBuilder) {
        web.on(.GET, "diagnosis", access: .signedIn(.readOwnRecords), use: diagnosis)
    }

    @Sendable
    static func diagnosis(_ request: Request) async throws -> Response {
        let model = try await DiagnosisPage.Model.query(request)
        return Layout.response(DiagnosisPage.render(model, context: try await PageContext.make(for: request)), for: request)
    }
}
