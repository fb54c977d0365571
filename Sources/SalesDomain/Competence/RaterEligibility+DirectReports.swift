extension RaterEligibility {
    /// Where the people who report to a manager are found: every member of the manager's own
    /// team and of the teams below it that have no manager on the way down, and the managers of
    /// the nearest managed teams below — whose own members report to those managers instead.
    public struct ReportingTeams: Hashable, Sendable {
        public var memberTeams: Set<Team.ID>
        public var managers: [Person]

        public init(memberTeams: Set<Team.ID>, managers: [Person]) {
            self.memberTeams = memberTeams
            self.managers = managers
        }
    }

    /// The teams and managers ``directReports(of:among:managersByTeam:hierarchy:)`` chooses
    /// among, so that a store reads only those people rather than a region's every seller.
    /// `managersByTeam` holds the managing people of the viewer's subtree; someone outside
    /// ``managingRoles`` or without a team has nobody reporting to them.
    public static func teamsReporting(to viewer: Person, managersByTeam: [Team.ID: [Person]], hierarchy: TeamHierarchy) -> ReportingTeams {
        guard let team = viewer.teamID, managingRoles.contains(viewer.accessRole) else { return ReportingTeams(memberTeams: [], managers: []) }
        var memberTeams: Set<Team.ID> = [team]
        var managers: [Person] = []
        for below in hierarchy.subtree(of: team) where below != team {
            let between = hierarchy.ancestors(of: below).prefix { $0 != team }
            guard between.allSatisfy({ managersByTeam[$0] == nil }) else { continue }
            if let found = managersByTeam[below] { managers += found } else { memberTeams.insert(below) }
        }
        return ReportingTeams(memberTeams: memberTeams, managers: managers)
    }

    /// The people `viewer` assesses as their manager: those among `people` whose
    /// ``directManagers(of:managersByTeam:hierarchy:)`` include the viewer. A manager may rate
    /// anyone below them but lists only these — a regional leader's own team and the managers of
    /// the teams under it, not every seller of the region.
    public static func directReports(
        of viewer: Person, among people: [Person], managersByTeam: [Team.ID: [Person]], hierarchy: TeamHierarchy
    ) -> [Person] {
        people.filter { person in
            person.id != viewer.id
                && directManagers(of: person, managersByTeam: managersByTeam, hierarchy: hierarchy).contains { $0.id == viewer.id }
        }
    }
}
