import Foundation
import SalesDomain

/// A next step as its columns, which is how reads of many next steps decode them: as with
/// ``CoachingSessionRow``, a plain `Decodable` instead of a Fluent model filled by reflection,
/// which was a sixth of a team's start page at 10,000 sellers.
struct ActionItemRow: Decodable {
    var id: UUID
    var sellerID: UUID
    var sessionID: UUID
    var text: String
    var ownerID: UUID
    var due: String
    var linkKind: String?
    var linkReference: String?
    var status: String
    var carriedOver: Int
    var closedAt: Date?

    enum CodingKeys: String, CodingKey {
        case id, text, due, status
        case sellerID = "seller_id", sessionID = "session_id", ownerID = "owner_id", linkKind = "link_kind"
        case linkReference = "link_reference", carriedOver = "carried_over", closedAt = "closed_at"
    }

    init(_ model: ActionItemModel) {
        id = model.id!
        sellerID = model.sellerID
        sessionID = model.sessionID
        text = model.text
        ownerID = model.ownerID
        due = model.due
        linkKind = model.linkKind
        linkReference = model.linkReference
        status = model.status
        carriedOver = model.carriedOver
        closedAt = model.closedAt
    }

    func domain() throws -> ActionItem {
        guard let day = CalendarDay(due), let itemStatus = ActionItem.Status(rawValue: status) else {
            throw CorruptRecord("action item \(id.uuidString): due \(due), status \(status)")
        }
        return ActionItem(
            id: .init(id), sellerID: .init(sellerID), sessionID: .init(sessionID), text: text, ownerID: .init(ownerID), due: day,
            link: CoachingFocus(storedKind: linkKind, reference: linkReference), status: itemStatus, carriedOver: carriedOver,
            closedAt: closedAt)
    }
}
