/// Goals and wins (SPEC §4): leaders and admins set the company's goals and read the goals of
/// their markets; a manager sets goals for the teams of their subtree and for the people in it,
/// and posts wins for them; a seller reads their own goals, their team's (and the teams above
/// it, whose goals theirs hang under) and the company's, reads their team's wins, and enters the
/// value of their own manual goals. `viewerTeams` is the viewer's team and every team above it.
extension AccessPolicy {
    public var canWriteCompanyGoals: Bool { viewer.accessRole >= .leader }

    public func canReadGoals(of team: Team, viewerTeams: Set<Team.ID>) -> Bool {
        team.organizationID == viewer.organizationID && (canRead(team) || viewerTeams.contains(team.id))
    }

    public func canReadGoals(of person: Person) -> Bool { canRead(person) }

    public func canWriteGoals(of team: Team) -> Bool {
        viewer.accessRole == .manager && canRead(team)
    }

    public func canWriteGoals(of person: Person) -> Bool { canCoach(person) }

    /// Entering a manual goal's latest value: whoever sets the goal, and the person it belongs to.
    public func canEnterValue(ofGoalOf person: Person) -> Bool {
        person.organizationID == viewer.organizationID && (person.id == viewer.personID || canWriteGoals(of: person))
    }

    public func canPostWin(for person: Person) -> Bool { canCoach(person) }

    public func canPostWin(for team: Team) -> Bool { canWriteGoals(of: team) }

    /// A win about a person: whoever reads the person, and their teammates (the team's feed).
    public func canReadWin(about person: Person) -> Bool {
        guard person.organizationID == viewer.organizationID else { return false }
        if canRead(person) { return true }
        guard let team = viewer.teamID else { return false }
        return person.teamID == team
    }

    public func canReadWin(about team: Team, viewerTeams: Set<Team.ID>) -> Bool {
        canReadGoals(of: team, viewerTeams: viewerTeams)
    }

    /// Whether Keel shows this viewer win suggestions at all: only those who post wins.
    public var receivesWinSuggestions: Bool { viewer.accessRole == .manager }
}
