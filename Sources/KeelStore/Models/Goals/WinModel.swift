import FluentKit
import Foundation
import SalesDomain

final class WinModel: Model, @unchecked Sendable {
    static let schema = "wins"

    @ID(key: .id) var id: UUID?
    @Field(key: "organization_id") var organizationID: UUID
    @OptionalField(key: "person_id") var personID: UUID?
    @OptionalField(key: "team_id") var teamID: UUID?
    @Field(key: "text") var text: String
    @OptionalField(key: "goal_id") var goalID: UUID?
    @OptionalField(key: "deal_id") var dealID: UUID?
    @Field(key: "posted_by") var postedBy: UUID
    @Field(key: "posted_at") var postedAt: Date

    init() {}

    init(_ win: Win, organizationID: Organization.ID) {
        id = win.id.rawValue
        self.organizationID = organizationID.rawValue
        switch win.subject {
        case .person(let person): personID = person.rawValue
        case .team(let team): teamID = team.rawValue
        }
        text = win.text
        goalID = win.goalID?.rawValue
        dealID = win.dealID?.rawValue
        postedBy = win.postedBy.rawValue
        postedAt = win.postedAt
    }

    func domain() throws -> Win {
        let subject: Win.Subject
        if let personID { subject = .person(.init(personID)) } else if let teamID { subject = .team(.init(teamID)) } else {
            throw CorruptRecord("win \(id?.uuidString ?? "?") names neither a person nor a team")
        }
        return Win(
            id: .init(id!), subject: subject, text: text, goalID: goalID.map(Goal.ID.init), dealID: dealID.map(Deal.ID.init),
            postedBy: .init(postedBy), postedAt: postedAt)
    }
}

final class WinDismissalModel: Model, @unchecked Sendable {
    static let schema = "win_dismissals"

    @ID(key: .id) var id: UUID?
    @Field(key: "organization_id") var organizationID: UUID
    @Field(key: "source_kind") var sourceKind: String
    @Field(key: "source_id") var sourceID: UUID
    @Field(key: "dismissed_by") var dismissedBy: UUID
    @Field(key: "dismissed_at") var dismissedAt: Date

    init() {}
}
