import FluentKit
import Foundation

final class AgendaTemplateModel: Model, @unchecked Sendable {
    static let schema = "coaching_agenda_templates"

    @ID(key: .id) var id: UUID?
    @Field(key: "organization_id") var organizationID: UUID
    @Field(key: "type") var type: String
    /// `[LocalizedText]` as JSON.
    @Field(key: "items") var items: String
    @OptionalField(key: "updated_by") var updatedBy: UUID?
    @Field(key: "updated_at") var updatedAt: Date

    init() {}
}
