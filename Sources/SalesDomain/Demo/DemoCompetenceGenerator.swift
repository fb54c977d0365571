import Foundation

/// Generates a demo organization's competence history on a given framework: role profiles,
/// two closed assessment cycles and an open one with self, manager and peer ratings, and a
/// calibration exercise — the same for the same organization, framework and spec on every run.
///
/// Every participant gets their own random stream (``SeededGenerator/stream(seed:subject:salt:)``),
/// so one person's ratings do not depend on anyone else's: a store can take them participant
/// by participant for 10,000 sellers (``ratings(for:)``) and get exactly what
/// ``generateAll()`` gives a small organization.
///
/// How ratings are made: each participant has an ability per profile competency around the
/// profile's target (a level below to one above, now and then two below). The manager rates
/// the ability, off by one level one time in five; the self-assessment follows the manager's
/// rating, one level higher now and then; peers rate the ability, off by one level half the
/// time. On top of that come the deliberate patterns in ``patterns``. In the open cycle some
/// forms are submitted, some saved as drafts and some not started.
public struct DemoCompetenceGenerator: Sendable {
    public let spec: DemoCompetenceSpec
    public let organizationID: Organization.ID
    /// Published before the first cycle.
    public let framework: CompetencyFramework
    /// One per selling job role among the participants, for every market.
    public let profiles: [RoleProfile]
    /// Oldest first: two closed cycles, then the open one.
    public let cycles: [DemoAssessmentCycle]
    /// Active people in selling roles, in the order the people were given.
    public let participants: [DemoCompetenceParticipant]
    public let patterns: DemoCompetencePatterns
    /// `nil` when the organization has fewer than three managers and leaders to calibrate.
    public let calibration: DemoCalibration?
    /// Who writes the ratings' evidence in which language.
    let writers: DemoWriters

    /// Participants with a peer panel: every fifth, starting with the first.
    static let peerPanelEvery = 5
    static let overestimatorEvery = 7
    static let improverEvery = 4
    /// How far the low team's manager ratings fall in its weak area.
    static let lowTeamPenalty = 2

    /// Without `markets`, everyone writes as the head office does (``DemoWriters``).
    public init(
        organization: Organization, teams: [Team], people: [Person], markets: [Market] = [], framework: CompetencyFramework,
        spec: DemoCompetenceSpec
    ) {
        self.spec = spec
        writers = DemoWriters(people: people, markets: markets)
        organizationID = organization.id
        var framework = framework
        framework.organizationID = organization.id
        framework.publishedAt = framework.publishedAt ?? spec.frameworkPublishedAt
        self.framework = framework

        let hierarchy = TeamHierarchy(teams)
        let selling = people.filter { $0.isActive && $0.jobRole.isSellingRole }
        let profiles = Self.profiles(for: Set(selling.map(\.jobRole)), framework: framework, spec: spec)
        self.profiles = profiles
        let profileByRole = Dictionary(profiles.map { ($0.jobRole, $0) }, uniquingKeysWith: { first, _ in first })

        let managers = people.filter { $0.isActive && RaterEligibility.managingRoles.contains($0.accessRole) }
        var sellingTeams: [Team.ID] = []
        var seenTeams: Set<Team.ID> = []
        for person in selling {
            if let team = person.teamID, seenTeams.insert(team).inserted { sellingTeams.append(team) }
        }
        // The second selling team, usually a sibling of the first (whose manager is the demo's
        // manager login), so the pattern shows in a heatmap of their parent's sub-teams.
        let lowTeamID = sellingTeams.count >= 2 ? sellingTeams[1] : sellingTeams.first
        let lowTeam = lowTeamID.flatMap { team in
            Self.lowTeam(team, framework: framework, profiles: selling.filter { $0.teamID == team }.compactMap { profileByRole[$0.jobRole] })
        }

        let sellersByTeam = Dictionary(grouping: selling.filter { $0.teamID != nil }, by: { $0.teamID! })
        let managersByTeam = Dictionary(grouping: managers.filter { $0.teamID != nil }, by: { $0.teamID! })
        participants = selling.enumerated().map { index, person in
            let manager = Self.manager(of: person, managersByTeam: managersByTeam, hierarchy: hierarchy)
            let colleagues = person.teamID.map { team in (sellersByTeam[team] ?? []).filter { $0.id != person.id } } ?? []
            let profileIDs = profileByRole[person.jobRole]?.entries.map(\.competencyID) ?? []
            return DemoCompetenceParticipant(
                personID: person.id, teamID: person.teamID, marketID: person.marketID, jobRole: person.jobRole,
                managerID: manager?.id,
                peerIDs: index % Self.peerPanelEvery == 0 ? Array(colleagues.prefix(3).map(\.id)) : [],
                overestimates: index % Self.overestimatorEvery == 0,
                improvingCompetencyIDs: index % Self.improverEvery == 1 ? profileIDs.enumerated().filter { $0.offset % 2 == 0 }.map(\.element) : [],
                inLowTeam: lowTeam != nil && person.teamID == lowTeam?.teamID)
        }

        let leader = people.first { $0.isActive && $0.accessRole == .leader && $0.leaderMarketIDs.isEmpty }
            ?? people.first { $0.isActive && $0.accessRole >= .leader }
        let participantIDs = participants.map(\.personID)
        cycles = spec.cycleOpenings.enumerated().map { index, opened in
            let closes = index < spec.cycleOpenings.count - 1
            return DemoAssessmentCycle(
                cycle: AssessmentCycle(
                    id: Self.identifier(seed: spec.seed, subject: organization.id.rawValue, salt: 200 + UInt64(index)),
                    organizationID: organization.id, name: Self.cycleName(opened: opened), framework: framework.reference,
                    participantIDs: participantIDs, openedAt: opened,
                    closedAt: closes ? opened.addingTimeInterval(Double(DemoCompetenceSpec.cycleDays) * DemoCompetenceSpec.day) : nil),
                policy: .managerRating, openedBy: leader?.id, closedBy: closes ? leader?.id : nil)
        }

        let raters = Array((managers.filter { $0.accessRole == .manager } + managers.filter { $0.accessRole == .leader }).prefix(5))
        calibration = raters.count >= 3
            ? Self.calibration(raters: raters.map(\.id), openedBy: leader?.id, organizationID: organization.id, framework: framework, spec: spec)
            : nil
        patterns = DemoCompetencePatterns(
            overestimators: participants.filter(\.overestimates).map(\.personID),
            improvers: participants.filter { !$0.improvingCompetencyIDs.isEmpty }.map(\.personID),
            lowTeam: lowTeam,
            lenientRater: calibration == nil ? nil : raters[1].id,
            harshRater: calibration == nil ? nil : raters[2].id)
    }

    /// For an organization made by ``DemoOrganizationGenerator``.
    public init(_ demo: DemoOrganization, framework: CompetencyFramework, spec: DemoCompetenceSpec) {
        self.init(
            organization: demo.organization, teams: demo.teams, people: demo.people, markets: demo.markets, framework: framework, spec: spec)
    }

    /// Everything at once, for small organizations and tests.
    public func generateAll() -> DemoCompetence {
        DemoCompetence(
            framework: framework, profiles: profiles, cycles: cycles, participants: participants,
            ratings: participants.flatMap(ratings(for:)), calibration: calibration, patterns: patterns)
    }

    /// A framework file made into this organization's framework, with ids drawn from the seed
    /// so the demo is the same on every run.
    public static func framework(
        from document: FrameworkDocument, organizationID: Organization.ID, seed: UInt64
    ) throws(FrameworkValidationError) -> CompetencyFramework {
        var random = SeededGenerator.stream(seed: seed, subject: organizationID.rawValue, salt: 100)
        let id: CompetencyFramework.ID = random.identifier()
        return try document.makeDraft(id: id, organizationID: organizationID, version: 1) {
            let next: Competency.ID = random.identifier()
            return next.rawValue
        }
    }

    /// One identifier from its own stream.
    static func identifier<Subject>(seed: UInt64, subject: UUID, salt: UInt64) -> Identifier<Subject> {
        var random = SeededGenerator.stream(seed: seed, subject: subject, salt: salt)
        return random.identifier()
    }

    /// A cycle's name is the organization's own free text, stored once and shown as written to
    /// readers of every language; Keel does not translate it. The demo names its cycles the way
    /// Nordic companies name half-years, "H2 2026", which reads the same in English, Swedish and
    /// Norwegian, rather than in English words a Swedish page would show untranslated.
    static func cycleName(opened: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let components = calendar.dateComponents([.year, .month], from: opened)
        return "H\((components.month ?? 1) <= 6 ? 1 : 2) \(components.year ?? 0)"
    }

    /// The manager of the person's team, else of the nearest team above it: a manager before a
    /// leader at the same level.
    static func manager(of person: Person, managersByTeam: [Team.ID: [Person]], hierarchy: TeamHierarchy) -> Person? {
        let managers = RaterEligibility.directManagers(of: person, managersByTeam: managersByTeam, hierarchy: hierarchy)
        return managers.first { $0.accessRole == .manager } ?? managers.first
    }
}
