import Foundation

/// A recognition a manager posted (SPEC §4, "celebrate success"): for one person or one team,
/// its text, and optionally the goal or deal it celebrates.
public struct Win: Hashable, Sendable, Identifiable {
    public typealias ID = Identifier<Win>

    public enum Subject: Hashable, Sendable {
        case person(Person.ID)
        case team(Team.ID)
    }

    public var id: ID
    public var subject: Subject
    public var text: String
    public var goalID: Goal.ID?
    public var dealID: Deal.ID?
    public var postedBy: Person.ID
    public var postedAt: Date

    public static let textLimit = 500

    public init(id: ID, subject: Subject, text: String, goalID: Goal.ID? = nil, dealID: Deal.ID? = nil, postedBy: Person.ID, postedAt: Date) {
        self.id = id
        self.subject = subject
        self.text = text
        self.goalID = goalID
        self.dealID = dealID
        self.postedBy = postedBy
        self.postedAt = postedAt
    }
}

/// What a manager writes when posting a win, before it is checked.
public struct WinDraft: Hashable, Sendable {
    public var personID: Person.ID?
    public var teamID: Team.ID?
    public var text: String
    public var goalID: Goal.ID?
    public var dealID: Deal.ID?

    public init(personID: Person.ID?, teamID: Team.ID?, text: String, goalID: Goal.ID? = nil, dealID: Deal.ID? = nil) {
        self.personID = personID
        self.teamID = teamID
        self.text = text
        self.goalID = goalID
        self.dealID = dealID
    }

    /// The subject and trimmed text, or every problem: exactly one of person and team
    /// (`personID`), a text of at most ``Win/textLimit`` characters (`text`).
    public func checked() throws(FieldErrors) -> (subject: Win.Subject, text: String) {
        var problems = FieldErrors.Collector()
        let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty {
            problems.append(FieldError(field: "text", code: .required, .valueRequired))
        } else if text.count > Win.textLimit {
            problems.append(FieldError(field: "text", code: .tooLong, .textTooLong, ["maximum": String(Win.textLimit)]))
        }
        if subject == nil {
            problems.append(FieldError(field: "personID", code: .invalidValue, .winNeedsOneSubject))
        }
        try problems.throwIfAny()
        return (subject!, text)
    }

    /// The subject when exactly one of person and team is given, whatever the text: a store
    /// checks it against the reader's reach beside the text's own problems.
    public var subject: Win.Subject? {
        switch (personID, teamID) {
        case (let person?, nil): .person(person)
        case (nil, let team?): .team(team)
        default: nil
        }
    }
}
