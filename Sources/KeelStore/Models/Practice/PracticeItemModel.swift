import FluentKit
import Foundation
import SalesDomain

final class PracticeItemModel: Model, @unchecked Sendable {
    static let schema = "practice_items"

    @ID(key: .id) var id: UUID?
    @Field(key: "organization_id") var organizationID: UUID
    @Field(key: "key") var key: String
    @Field(key: "competency_id") var competencyID: UUID
    @Field(key: "kind") var kind: String
    @Field(key: "aim_level") var aimLevel: Int
    @Field(key: "minutes") var minutes: Int
    /// JSON of a ``LocalizedText``.
    @Field(key: "title") var title: String
    /// JSON of a ``PracticeContent``.
    @Field(key: "content") var content: String
    @Field(key: "active") var active: Bool
    @OptionalField(key: "updated_by") var updatedBy: UUID?
    @Field(key: "updated_at") var updatedAt: Date

    init() {}

    init(_ item: PracticeItem, organizationID: Organization.ID, by actor: Person.ID?, at date: Date) throws {
        id = item.id.rawValue
        self.organizationID = organizationID.rawValue
        try update(from: item, by: actor, at: date)
    }

    func update(from item: PracticeItem, by actor: Person.ID?, at date: Date) throws {
        key = item.key
        competencyID = item.competencyID.rawValue
        kind = item.kind.rawValue
        aimLevel = item.aimLevel
        minutes = item.minutes
        title = String(decoding: try JSONEncoder().encode(item.title), as: UTF8.self)
        content = String(decoding: try JSONEncoder().encode(item.content), as: UTF8.self)
        active = item.isActive
        updatedBy = actor?.rawValue
        updatedAt = date
    }

    func domain() throws -> PracticeItem {
        do {
            return PracticeItem(
                id: .init(id!), key: key, competencyID: .init(competencyID), aimLevel: aimLevel, minutes: minutes,
                title: try JSONDecoder().decode(LocalizedText.self, from: Data(title.utf8)),
                content: try JSONDecoder().decode(PracticeContent.self, from: Data(content.utf8)), isActive: active)
        } catch {
            throw CorruptRecord("practice item \(id?.uuidString ?? "?"): \(error)")
        }
    }
}
