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
        try await request.analysisPage(DiagnosisPage.Model.query) { DiagnosisPage.render($0, context: $1) }
    }
}
