import Foundation
import KeelStore
import SalesDomain
import Vapor

/// `/deals/{id}`: one deal the viewer may see, through ``DealStore/screen(_:for:asOf:calendar:)``
/// with the viewer's policy, as `GET /api/v1/deals/{id}` asks it.
enum DealPagesController {
    static func register(on web: any RoutesBuilder) {
        web.on(.GET, "deals", ":dealID", access: .signedIn(.readOwnRecords), use: page)
    }

    @Sendable
    static func page(_ request: Request) async throws -> Response {
        let policy = try await request.policy()
        let screen = try await request.dealScreen(policy: policy)
        let model = DealPage.Model(
            screen: screen, viewerCoachesOwner: policy.canCoach(screen.owner), viewerOwnsDeal: screen.owner.id == policy.viewer.personID)
        return Layout.response(DealPage.render(model, context: try await PageContext.make(for: request)), for: request)
    }
}
