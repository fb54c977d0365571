import Foundation
import KeelStore
import SalesDomain
import Vapor

/// The impact pages (SPEC §5): the list of what moved after coaching and practice, and one
/// estimate. Both read ``ImpactStore`` with the viewer's policy, as the API does.
enum ImpactPagesController {
    static func register(on web: any RoutesBuilder) {
        web.on(.GET, "impact", access: .signedIn(.readOwnRecords), use: list)
        web.on(.GET, "impact", "estimates", ":interventionID", access: .signedIn(.readOwnRecords), use: estimate)
        web.on(.GET, "impact", "estimates", ":interventionID", "export.csv", access: .signedIn(.readOwnRecords), use: csv)
    }

    @Sendable
    static func list(_ request: Request) async throws -> Response {
        let query = try request.impactListQuery(defaultLimit: ImpactListQuery.pageSize, maximumLimit: 200)
        let list = try await request.impact.list(query, for: try await request.policy())
        return Layout.response(ImpactPage.render(ImpactPage.Model(list: list, limit: query.limit), context: try await PageContext.make(for: request)), for: request)
    }

    @Sendable
    static func estimate(_ request: Request) async throws -> Response {
        let screen = try await request.impactEstimate()
        return Layout.response(ImpactEstimatePage.render(screen, context: try await PageContext.make(for: request)), for: request)
    }

    /// The seller-weeks behind the estimate as the API's CSV export, for a signed-in browser.
    @Sendable
    static func csv(_ request: Request) async throws -> Response {
        let screen = try await request.impactEstimate()
        return AuditPagesController.download(
            ImpactExportResource.csv(screen.export), type: HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"]),
            name: "keel-impact.csv", for: request)
    }
}
