import Foundation

/// One repetition of a practice item: done by the seller on a day, with their own score and a
/// note (for a micro-lesson, their answer to its question), and for a role-play, once someone
/// watched it, the observer's score on the competency's behavioural levels.
public struct PracticeRep: Hashable, Sendable, Codable, Identifiable {
    public typealias ID = Identifier<PracticeRep>

    public var id: ID
    public var entryID: PracticePlanEntry.ID
    public var personID: Person.ID
    public var itemID: PracticeItem.ID
    public var competencyID: Competency.ID
    public var doneAt: Date
    public var day: CalendarDay
    public var selfScore: Int
    public var note: String
    public var observation: PracticeObservation?

    public init(
        id: ID, entryID: PracticePlanEntry.ID, personID: Person.ID, itemID: PracticeItem.ID, competencyID: Competency.ID,
        doneAt: Date, day: CalendarDay, selfScore: Int, note: String, observation: PracticeObservation? = nil
    ) {
        self.id = id
        self.entryID = entryID
        self.personID = personID
        self.itemID = itemID
        self.competencyID = competencyID
        self.doneAt = doneAt
        self.day = day
        self.selfScore = selfScore
        self.note = note
        self.observation = observation
    }

    /// 1 = could not do it yet … 5 = could show a colleague how.
    public static let selfScores = 1...5
    public static let noteLimit = 4_000
}

/// A manager's or a peer's score of a role-play they watched: per behavioural level of the
/// competency, whether the seller's behaviour was effective at that level
/// (``PracticeRubric``), the level that gives, and a comment.
public struct PracticeObservation: Hashable, Sendable, Codable {
    public var observerID: Person.ID
    public var marks: [Int: Bool]
    public var level: Int
    public var comment: String
    public var observedAt: Date

    public init(observerID: Person.ID, marks: [Int: Bool], level: Int, comment: String, observedAt: Date) {
        self.observerID = observerID
        self.marks = marks
        self.level = level
        self.comment = comment
        self.observedAt = observedAt
    }
}

extension PracticeRep {
    /// As a leader or admin sees it: the scores, without what the seller and the observer wrote.
    public var withoutNotes: PracticeRep {
        var rep = self
        rep.note = ""
        rep.observation?.comment = ""
        return rep
    }
}
