import FluentKit
import Foundation
import SalesDomain

final class PracticeRepModel: Model, @unchecked Sendable {
    static let schema = "practice_reps"

    @ID(key: .id) var id: UUID?
    @Field(key: "organization_id") var organizationID: UUID
    @Field(key: "entry_id") var entryID: UUID
    @Field(key: "person_id") var personID: UUID
    @Field(key: "item_id") var itemID: UUID
    @Field(key: "competency_id") var competencyID: UUID
    @Field(key: "done_at") var doneAt: Date
    @Field(key: "day") var day: String
    @Field(key: "self_score") var selfScore: Int
    @Field(key: "note") var note: String
    @OptionalField(key: "observer_id") var observerID: UUID?
    /// JSON of `{"2": true, …}`: the observer's mark per level.
    @OptionalField(key: "marks") var marks: String?
    @OptionalField(key: "observed_level") var observedLevel: Int?
    @OptionalField(key: "observer_comment") var observerComment: String?
    @OptionalField(key: "observed_at") var observedAt: Date?

    init() {}

    init(_ rep: PracticeRep, organizationID: Organization.ID) throws {
        id = rep.id.rawValue
        self.organizationID = organizationID.rawValue
        entryID = rep.entryID.rawValue
        personID = rep.personID.rawValue
        itemID = rep.itemID.rawValue
        competencyID = rep.competencyID.rawValue
        doneAt = rep.doneAt
        day = rep.day.description
        selfScore = rep.selfScore
        note = rep.note
        try record(rep.observation)
    }

    func record(_ observation: PracticeObservation?) throws {
        observerID = observation?.observerID.rawValue
        marks = try observation.map { observation in
            let byLevel = Dictionary(uniqueKeysWithValues: observation.marks.map { (String($0.key), $0.value) })
            return String(decoding: try JSONEncoder().encode(byLevel), as: UTF8.self)
        }
        observedLevel = observation?.level
        observerComment = observation?.comment
        observedAt = observation?.observedAt
    }

    func domain() throws -> PracticeRep {
        guard let day = CalendarDay(day) else { throw CorruptRecord("practice rep \(id?.uuidString ?? "?"): day \(self.day)") }
        var observation: PracticeObservation?
        if let observerID, let marks, let observedLevel, let observedAt {
            guard let byLevel = try? JSONDecoder().decode([String: Bool].self, from: Data(marks.utf8)) else {
                throw CorruptRecord("practice rep \(id?.uuidString ?? "?"): marks \(marks)")
            }
            observation = PracticeObservation(
                observerID: .init(observerID), marks: Dictionary(uniqueKeysWithValues: byLevel.compactMap { key, value in Int(key).map { ($0, value) } }),
                level: observedLevel, comment: observerComment ?? "", observedAt: observedAt)
        }
        return PracticeRep(
            id: .init(id!), entryID: .init(entryID), personID: .init(personID), itemID: .init(itemID), competencyID: .init(competencyID),
            doneAt: doneAt, day: day, selfScore: selfScore, note: note, observation: observation)
    }
}
