import SalesDomain
import Vapor

/// How a review list is narrowed, read alike from the team page's URL and
/// `GET /api/v1/postponements`: `person`, `reason` and `status` (`unreviewed` or `reviewed`),
/// each empty for all.
struct PostponementReviewFilter: Sendable {
    var person: Person.ID?
    var reason: ReasonCode?
    var status: PostponementReviewQuery.Status?

    init(person: Person.ID? = nil, reason: ReasonCode? = nil, status: PostponementReviewQuery.Status? = nil) {
        self.person = person
        self.reason = reason
        self.status = status
    }

    init(_ request: Request) throws {
        person = try ActivitiesAPIController.uuid(request, "person").map(Person.ID.init)
        reason = request.query[String.self, at: "reason"].flatMap { $0.isEmpty ? nil : ReasonCode($0) }
        status = try request.query[String.self, at: "status"].flatMap { $0.isEmpty ? nil : $0 }
            .map { try APIError.parse(PostponementReviewQuery.Status.self, $0, field: "status") }
    }
}
