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

extension Request {
    /// `from` and `to` (ISO weeks) as the review list reads them: the weeks the work was planned
    /// in before it moved, as the start page counts postponements to review; absent when neither
    /// is given. One of them alone is completed as the analyses do.
    func plannedWeeksParameter() async throws -> PostponementReviewQuery.PlannedWeeks? {
        guard query[String.self, at: "from"] != nil || query[String.self, at: "to"] != nil else { return nil }
        let calendar = try await organizationCalendar
        return PostponementReviewQuery.PlannedWeeks(try AnalysisPeriod.weeks(self, calendar: calendar), calendar: calendar)
    }
}
