import Foundation
import SalesDomain

/// A practice plan entry as its columns, which is how a team's plans are read: as with
/// ``CoachingSessionRow``, a plain `Decodable` instead of a Fluent model filled by reflection.
struct PracticePlanEntryRow: Decodable {
    var id: UUID
    var personID: UUID
    var itemID: UUID
    var competencyID: UUID
    var reason: String
    var startedOn: String
    var goodInARow: Int
    var due: String
    var retiredOn: String?

    enum CodingKeys: String, CodingKey {
        case id, reason, due
        case personID = "person_id", itemID = "item_id", competencyID = "competency_id", startedOn = "started_on"
        case goodInARow = "good_in_a_row", retiredOn = "retired_on"
    }

    init(_ model: PracticePlanEntryModel) {
        id = model.id!
        personID = model.personID
        itemID = model.itemID
        competencyID = model.competencyID
        reason = model.reason
        startedOn = model.startedOn
        goodInARow = model.goodInARow
        due = model.due
        retiredOn = model.retiredOn
    }

    func domain() throws -> PracticePlanEntry {
        guard let practiceReason = PracticeReason(rawValue: reason), let started = CalendarDay(startedOn), let dueDay = CalendarDay(due) else {
            throw CorruptRecord("practice plan entry \(id.uuidString): reason \(reason), started \(startedOn), due \(due)")
        }
        return PracticePlanEntry(
            id: .init(id), personID: .init(personID), itemID: .init(itemID), competencyID: .init(competencyID), reason: practiceReason,
            startedOn: started, repetition: .init(goodInARow: goodInARow, due: dueDay), retiredOn: retiredOn.flatMap(CalendarDay.init))
    }
}
