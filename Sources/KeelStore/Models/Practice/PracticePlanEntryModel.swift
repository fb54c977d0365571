import FluentKit
import Foundation
import SalesDomain

final class PracticePlanEntryModel: Model, @unchecked Sendable {
    static let schema = "practice_plan_entries"

    @ID(key: .id) var id: UUID?
    @Field(key: "organization_id") var organizationID: UUID
    @Field(key: "person_id") var personID: UUID
    @Field(key: "item_id") var itemID: UUID
    @Field(key: "competency_id") var competencyID: UUID
    @Field(key: "reason") var reason: String
    /// Days as `yyyy-MM-dd`, which sorts as the dates do.
    @Field(key: "started_on") var startedOn: String
    @Field(key: "good_in_a_row") var goodInARow: Int
    @Field(key: "due") var due: String
    @OptionalField(key: "retired_on") var retiredOn: String?

    init() {}

    init(_ entry: PracticePlanEntry, organizationID: Organization.ID) {
        id = entry.id.rawValue
        self.organizationID = organizationID.rawValue
        update(from: entry)
    }

    func update(from entry: PracticePlanEntry) {
        personID = entry.personID.rawValue
        itemID = entry.itemID.rawValue
        competencyID = entry.competencyID.rawValue
        reason = entry.reason.rawValue
        startedOn = entry.startedOn.description
        goodInARow = entry.repetition.goodInARow
        due = entry.repetition.due.description
        retiredOn = entry.retiredOn?.description
    }

    func domain() throws -> PracticePlanEntry {
        try PracticePlanEntryRow(self).domain()
    }
}
