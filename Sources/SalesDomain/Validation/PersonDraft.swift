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
    public func validated() throws(FieldErrors) -> PersonDraft {
        let (draft, errors) = validation()
        if !errors.isEmpty { throw FieldErrors(errors) }
        return draft
    }

    /// The normalized draft and every problem found without the database, so a form can show
    /// them together with the ones only the database can find.
    public func validation() -> (draft: PersonDraft, errors: [FieldError]) {
        var draft = self
        var problems = FieldErrors.Collector()
        draft.name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        if draft.name.isEmpty {
            problems.append(FieldError(field: "name", code: .required, .valueRequired))
        } else if draft.name.count > 200 {
            problems.append(FieldError(field: "name", code: .tooLong, .textTooLong, ["maximum": "200"]))
        }
        draft.email = problems.check { () throws(FieldError) in try EmailAddress.normalize(email) } ?? email
        if draft.accessRole != .leader {
            draft.leaderMarketIDs = []
        }
        return (draft, problems.errors)
    }
}
