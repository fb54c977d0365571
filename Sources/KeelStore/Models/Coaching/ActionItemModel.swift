import FluentKit
import Foundation
import SalesDomain

final class ActionItemModel: Model, @unchecked Sendable {
    static let schema = "coaching_action_items"

    @ID(key: .id) var id: UUID?
    @Field(key: "organization_id") var organizationID: UUID
    @Field(key: "seller_id") var sellerID: UUID
    @Field(key: "session_id") var sessionID: UUID
    @Field(key: "text") var text: String
    @Field(key: "owner_id") var ownerID: UUID
    /// `yyyy-MM-dd`, which sorts as the dates do.
    @Field(key: "due") var due: String
    @OptionalField(key: "link_kind") var linkKind: String?
    @OptionalField(key: "link_reference") var linkReference: String?
    @Field(key: "status") var status: String
    @Field(key: "carried_over") var carriedOver: Int
    @OptionalField(key: "closed_at") var closedAt: Date?

    init() {}

    init(_ item: ActionItem, organizationID: Organization.ID) {
        id = item.id.rawValue
        self.organizationID = organizationID.rawValue
        update(from: item)
    }

    func update(from item: ActionItem) {
        sellerID = item.sellerID.rawValue
        sessionID = item.sessionID.rawValue
        text = item.text
        ownerID = item.ownerID.rawValue
        due = item.due.description
        linkKind = item.link?.kind.rawValue
        linkReference = item.link?.reference
        status = item.status.rawValue
        carriedOver = item.carriedOver
        closedAt = item.closedAt
    }

    func domain() throws -> ActionItem {
        try ActionItemRow(self).domain()
    }
}
