import FluentKit
import Foundation
import SalesDomain

final class ActionItemReviewModel: Model, @unchecked Sendable {
    static let schema = "coaching_item_reviews"

    @ID(key: .id) var id: UUID?
    @Field(key: "organization_id") var organizationID: UUID
    @Field(key: "session_id") var sessionID: UUID
    @Field(key: "item_id") var itemID: UUID
    @Field(key: "outcome") var outcome: String
    @Field(key: "comment") var comment: String
    @OptionalField(key: "new_due") var newDue: String?

    init() {}

    init(_ review: ActionItemReview, session: CoachingSession.ID, organizationID: Organization.ID) {
        id = UUID()
        self.organizationID = organizationID.rawValue
        sessionID = session.rawValue
        itemID = review.itemID.rawValue
        outcome = review.outcome.rawValue
        comment = review.comment
        newDue = review.newDue?.description
    }

    func domain() -> ActionItemReview? {
        guard let outcome = ActionItemReview.Outcome(rawValue: outcome) else { return nil }
        return ActionItemReview(itemID: .init(itemID), outcome: outcome, comment: comment, newDue: newDue.flatMap(CalendarDay.init))
    }
}
