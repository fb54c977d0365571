import Foundation

/// The fields an administrator sets when adding or editing a person, before they are stored.
public struct PersonDraft: Hashable, Sendable {
    public var name: String
    public var email: String
    public var jobRole: JobRole
    public var accessRole: AccessRole
    public var teamID: Team.ID?
    public var marketID: Market.ID?
    public var leaderMarketIDs: [Market.ID]

    public init(
        name: String, email: String, jobRole: JobRole, accessRole: AccessRole, teamID: Team.ID?,
        marketID: Market.ID?, leaderMarketIDs: [Market.ID] = []
    ) {
        self.name = name
        self.email = email
        self.jobRole = jobRole
        self.accessRole = accessRole
        self.teamID = teamID
        self.marketID = marketID
        self.leaderMarketIDs = leaderMarketIDs
    }

    /// Trims and normalizes the draft and checks what can be checked without the database.
    public func validated() throws(FieldError) -> PersonDraft {
        var draft = self
        draft.name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        draft.email = try EmailAddress.normalize(email)
        if draft.name.isEmpty {
            throw FieldError(field: "name", code: .required, message: "name is required")
        }
        if draft.name.count > 200 {
            throw FieldError(field: "name", code: .tooLong, message: "name must be at most 200 characters")
        }
        if draft.accessRole != .leader {
            draft.leaderMarketIDs = []
        }
        return draft
    }
}
