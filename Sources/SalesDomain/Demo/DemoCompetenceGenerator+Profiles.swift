extension DemoCompetenceGenerator {
    /// One profile per selling role, each naming a window of `competenciesPerProfile`
    /// consecutive competencies of the framework: SDRs from the start (prospecting comes first
    /// in a framework that follows the sale), key account managers from the end (account
    /// development), the other roles in between. The middle half of each window is the role's
    /// core: a higher target (4 of 5) and double weight; the rest target the middle of the
    /// scale (3 of 5).
    static func profiles(for roles: Set<JobRole>, framework: CompetencyFramework, spec: DemoCompetenceSpec) -> [RoleProfile] {
        let competencies = framework.competencies
        let sellingRoles = JobRole.allCases.filter(\.isSellingRole)
        let size = min(max(spec.competenciesPerProfile, 1), competencies.count)
        guard size > 0 else { return [] }
        let maximum = Double(framework.scale.maximum)
        let coreTarget = max(2, Int((maximum * 0.8).rounded()))
        let otherTarget = max(2, Int((maximum * 0.6).rounded()))
        return sellingRoles.enumerated().compactMap { index, role in
            guard roles.contains(role) else { return nil }
            let start = sellingRoles.count > 1
                ? Int((Double(index * (competencies.count - size)) / Double(sellingRoles.count - 1)).rounded())
                : 0
            let window = competencies[start..<(start + size)]
            let core = (size / 4)..<(size / 4 + max(size / 2, 1))
            return RoleProfile(
                id: identifier(seed: spec.seed, subject: framework.id.rawValue, salt: 300 + UInt64(index)),
                organizationID: framework.organizationID, frameworkID: framework.id, jobRole: role,
                entries: window.enumerated().map { position, competency in
                    RoleProfileEntry(
                        competencyID: competency.id, targetLevel: core.contains(position) ? coreTarget : otherTarget,
                        weight: core.contains(position) ? 2 : 1)
                })
        }
    }

    /// The area in which `team` falls short: the one with the most competencies in its members'
    /// profiles (the first such area in framework order on a tie).
    static func lowTeam(_ team: Team.ID, framework: CompetencyFramework, profiles: [RoleProfile]) -> DemoLowTeam? {
        let named = Set(profiles.flatMap { $0.entries.map(\.competencyID) })
        var best: (area: CompetencyArea, competencies: [Competency.ID])?
        for area in framework.areas {
            let competencies = area.competencies.map(\.id).filter(named.contains)
            if competencies.count > (best?.competencies.count ?? 0) { best = (area, competencies) }
        }
        return best.map { DemoLowTeam(teamID: team, areaKey: $0.area.key, competencyIDs: $0.competencies) }
    }
}
