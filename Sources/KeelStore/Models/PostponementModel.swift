import FluentKit
import Foundation
import SalesDomain

/// One move or drop of a planned activity; the review columns are all set or all `nil`.
final class PostponementModel: Model, @unchecked Sendable {
    static let schema = "postponements"

    @ID(key: .id) var id: UUID?
    @Field(key: "organization_id") var organizationID: UUID
    @Field(key: "activity_id") var activityID: UUID
    @Field(key: "owner_id") var ownerID: UUID
    @Field(key: "from_date") var fromDate: Date
    /// The new planned date; `nil` when the activity was dropped.
    @OptionalField(key: "moved_to") var movedTo: Date?
    @Field(key: "reason_code") var reasonCode: String
    @Field(key: "logged_at") var loggedAt: Date
    @OptionalField(key: "reviewer_id") var reviewerID: UUID?
    @OptionalField(key: "verdict") var verdict: String?
    @OptionalField(key: "reviewed_at") var reviewedAt: Date?
    @OptionalField(key: "note") var note: String?

    init() {}

    init(_ postponement: Postponement, organizationID: Organization.ID) {
        id = postponement.id.rawValue
        self.organizationID = organizationID.rawValue
        activityID = postponement.activityID.rawValue
        ownerID = postponement.ownerID.rawValue
        fromDate = postponement.from
        movedTo = postponement.movedTo
        reasonCode = postponement.reasonCode.rawValue
        loggedAt = postponement.loggedAt
        reviewerID = postponement.review?.reviewerID.rawValue
        verdict = postponement.review?.verdict.rawValue
        reviewedAt = postponement.review?.reviewedAt
        note = postponement.review?.note
    }

    /// A review whose verdict this version does not know is left out rather than guessed.
    var domain: Postponement {
        var review: PostponementReview?
        if let reviewerID, let verdict = verdict.flatMap(ReviewVerdict.init(rawValue:)), let reviewedAt {
            review = PostponementReview(reviewerID: .init(reviewerID), verdict: verdict, reviewedAt: reviewedAt, note: note)
        }
        return Postponement(
            id: .init(id!), activityID: .init(activityID), ownerID: .init(ownerID), from: fromDate,
            change: movedTo.map { .moved(to: $0) } ?? .dropped, reasonCode: ReasonCode(reasonCode), loggedAt: loggedAt,
            review: review)
    }
}
