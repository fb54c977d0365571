extension RaterEligibility {
    /// The people `person` reports to: the managers (``isManager(_:of:hierarchy:)``) of the
    /// nearest team, from the person's own team upwards, that has any. A team's manager reports
    /// to the managers of a team above, and the sellers of a team without a manager to whoever
    /// manages the nearest team above it.
    ///
    /// Every manager above may rate a person; these are the ones expected to (SPEC §1: a sales
    /// manager "assesses their sellers"), so a regional leader's list of people to assess is their
    /// own reports, not everyone in the region. `managersByTeam` needs at least the managing
    /// people of the teams between the person's team and the manager asked about.
    public static func directManagers(of person: Person, managersByTeam: [Team.ID: [Person]], hierarchy: TeamHierarchy) -> [Person] {
        guard let team = person.teamID else { return [] }
        for candidateTeam in [team] + hierarchy.ancestors(of: team) {
            let here = (managersByTeam[candidateTeam] ?? []).filter { isManager($0, of: person, hierarchy: hierarchy) }
            if !here.isEmpty { return here }
        }
        return []
    }
}
