import Foundation

/// A repetition as the seller reports it: their own score and a note — for a micro-lesson the
/// note is their answer to its question, so it is required there.
public struct PracticeRepDraft: Hashable, Sendable, Codable {
    public var selfScore: Int
    public var note: String

    public init(selfScore: Int, note: String) {
        self.selfScore = selfScore
        self.note = note
    }

    public func validated(for item: PracticeItem) throws(FieldErrors) -> PracticeRepDraft {
        var problems: [FieldError] = []
        if !PracticeRep.selfScores.contains(selfScore) {
            problems.append(FieldError(
                field: "selfScore", code: .invalidValue, .numberBetween,
                ["minimum": String(PracticeRep.selfScores.lowerBound), "maximum": String(PracticeRep.selfScores.upperBound)]))
        }
        let trimmed = note.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.count > PracticeRep.noteLimit {
            problems.append(FieldError(field: "note", code: .tooLong, .textTooLong, ["maximum": String(PracticeRep.noteLimit)]))
        }
        if item.kind == .microLesson, trimmed.isEmpty {
            problems.append(FieldError(field: "note", code: .required, .practiceAnswerRequired))
        }
        if !problems.isEmpty { throw FieldErrors(problems) }
        return PracticeRepDraft(selfScore: selfScore, note: trimmed)
    }
}

/// An observer's score of a role-play as they send it: a mark per level (``PracticeRubric``) and a comment.
public struct PracticeObservationDraft: Hashable, Sendable, Codable {
    public var marks: [Int: Bool]
    public var comment: String
    /// Levels a form sent with a mark that is neither choice, and what it sent: told as such,
    /// not as unmarked.
    public var unreadableMarks: [Int: String]

    public init(marks: [Int: Bool], comment: String, unreadableMarks: [Int: String] = [:]) {
        self.marks = marks
        self.comment = comment
        self.unreadableMarks = unreadableMarks
    }

    /// The observation, once the rubric gives a level; the item must be a role-play.
    public func observation(of item: PracticeItem, scale: ClosedRange<Int>, by observer: Person.ID, at date: Date) throws(FieldErrors) -> PracticeObservation {
        var problems: [FieldError] = []
        if item.kind != .rolePlay {
            problems.append(FieldError(field: "rep", code: .invalidValue, .onlyRolePlaysObserved))
        }
        let trimmed = comment.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.count > PracticeRep.noteLimit {
            problems.append(FieldError(field: "comment", code: .tooLong, .textTooLong, ["maximum": String(PracticeRep.noteLimit)]))
        }
        var level = scale.lowerBound
        do { level = try PracticeRubric.level(marks, unreadable: unreadableMarks, scale: scale) } catch { problems += error.errors }
        if !problems.isEmpty { throw FieldErrors(problems) }
        return PracticeObservation(observerID: observer, marks: marks, level: level, comment: trimmed, observedAt: date)
    }
}
