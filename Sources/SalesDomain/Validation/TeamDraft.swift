import Foundation

/// The fields an administrator sets when adding or editing a team.
public struct TeamDraft: Hashable, Sendable {
    public var name: String
    public var parentID: Team.ID?
    public var marketID: Market.ID?

    public init(name: String, parentID: Team.ID?, marketID: Market.ID?) {
        self.name = name
        self.parentID = parentID
        self.marketID = marketID
    }

    public func validated() throws(FieldErrors) -> TeamDraft {
        let (draft, errors) = validation()
        if !errors.isEmpty { throw FieldErrors(errors) }
        return draft
    }

    /// The trimmed draft and every problem found without the database.
    public func validation() -> (draft: TeamDraft, errors: [FieldError]) {
        var draft = self
        draft.name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        if draft.name.isEmpty {
            return (draft, [FieldError(field: "name", code: .required, .valueRequired)])
        }
        if draft.name.count > 120 {
            return (draft, [FieldError(field: "name", code: .tooLong, .textTooLong, ["maximum": "120"])])
        }
        return (draft, [])
    }
}
