import Foundation
import SalesDomain
import SQLKit

extension PracticeStore {
    /// What a team's practice screen counts of a repetition: whose, on what, when, and whether
    /// it was observed — not its notes or marks.
    struct RepFact: Hashable, Sendable {
        var personID: Person.ID
        var itemID: PracticeItem.ID
        var competencyID: Competency.ID
        var doneAt: Date
        var day: CalendarDay
        var isObserved: Bool
    }

    /// The repetitions of `people` done on `day` or later, as facts. Read with five columns
    /// instead of whole models: a team's year of repetitions decoded as models was a sixth of a
    /// manager's start page.
    func repFacts(of people: [Person.ID], from day: CalendarDay) async throws -> [RepFact] {
        struct Row: Decodable {
            var person_id: UUID
            var item_id: UUID
            var competency_id: UUID
            var done_at: Date
            var day: String
            var observed_at: Date?
        }
        var facts: [RepFact] = []
        for chunk in people.chunked(into: 500) {
            let rows = try await (database as! any SQLDatabase).select()
                .columns("person_id", "item_id", "competency_id", "done_at", "day", "observed_at")
                .from(PracticeRepModel.schema)
                .where("organization_id", .equal, organizationID.rawValue).where("person_id", .in, chunk.map(\.rawValue))
                .where("day", .greaterThanOrEqual, day.description)
                .all(decoding: Row.self)
            for row in rows {
                guard let day = CalendarDay(row.day) else { throw CorruptRecord("practice rep of \(row.person_id): day \(row.day)") }
                facts.append(RepFact(
                    personID: .init(row.person_id), itemID: .init(row.item_id), competencyID: .init(row.competency_id),
                    doneAt: row.done_at, day: day, isObserved: row.observed_at != nil))
            }
        }
        return facts
    }
}
