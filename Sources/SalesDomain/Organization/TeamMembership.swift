import Foundation

/// One period a person spent in a team. Moves close the open period and start a new one, so
/// analyses can attribute history to the team the person was in at the time.
public struct TeamMembership: Hashable, Sendable, Codable {
    public var personID: Person.ID
    public var teamID: Team.ID
    public var from: Date
    /// `nil` while the person is still in the team.
    public var until: Date?

    public init(personID: Person.ID, teamID: Team.ID, from: Date, until: Date? = nil) {
        self.personID = personID
        self.teamID = teamID
        self.from = from
        self.until = until
    }
}
