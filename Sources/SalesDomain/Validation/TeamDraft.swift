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

    public func validated() throws(FieldError) -> TeamDraft {
        var draft = self
        draft.name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        if draft.name.isEmpty {
            throw FieldError(field: "name", code: .required, message: "name is required")
        }
        if draft.name.count > 120 {
            throw FieldError(field: "name", code: .tooLong, message: "name must be at most 120 characters")
        }
        return draft
    }
}
