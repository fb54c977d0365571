import Foundation
import SalesDomain

extension Directory {
    /// The organization page for a viewer: the chart of the active teams they may read and, for
    /// a search, the people they may read whose name or e-mail matches.
    public func organizationReport(_ query: OrganizationQuery, for policy: AccessPolicy) async throws -> OrganizationReport {
        let markets = try await markets()
        let allTeams = try await teams()
        let managers = try await people(PeopleQuery(
            scope: policy.scope, viewerID: policy.viewer.personID, accessRole: .manager, limit: 100_000
        )).people
        let chart = OrganizationChart(
            markets: markets, teams: Self.readable(allTeams, includeInactive: false, for: policy),
            ownMembers: try await activeHeadcountByTeam(), managers: managers
        )
        var results: [Person]?
        if let search = query.search {
            results = try await people(PeopleQuery(
                scope: policy.scope, viewerID: policy.viewer.personID, includeInactive: true, search: search,
                limit: OrganizationReport.searchLimit
            )).people
        }
        return OrganizationReport(
            organization: try await organization(), query: query, chart: chart, searchResults: results, teams: allTeams, markets: markets
        )
    }

    /// The teams a viewer may read, by name: `GET /api/v1/teams`, and the teams of the
    /// organization chart (``organizationReport(_:for:)``).
    public func teams(includeInactive: Bool = false, for policy: AccessPolicy) async throws -> [Team] {
        Self.readable(try await teams(includeInactive: includeInactive), includeInactive: includeInactive, for: policy)
    }

    private static func readable(_ teams: [Team], includeInactive: Bool, for policy: AccessPolicy) -> [Team] {
        teams.filter { (includeInactive || $0.isActive) && policy.canRead($0) }
    }

    /// A team's page for a viewer who may read the team (``AccessRefused`` otherwise); its review
    /// list answers `postponements`, by default the team page's first page
    /// (``PostponementReviewQuery/teamPage(_:person:reason:status:plannedIn:offset:keeping:asOf:)``).
    public func teamReport(
        _ id: Team.ID, postponements: PostponementReviewQuery? = nil, for policy: AccessPolicy, at now: Date
    ) async throws -> TeamReport {
        guard let team = try await team(id) else { throw AccessRefused(.notFound, entity: "team", field: "teamID") }
        let decision = policy.read(team)
        guard decision == .allowed else { throw AccessRefused(decision, entity: "team", field: "teamID") }
        let allTeams = try await teams()
        let byID = Dictionary(uniqueKeysWithValues: allTeams.map { ($0.id, $0) })
        let hierarchy = TeamHierarchy(allTeams)
        let ownMembers = try await activeHeadcountByTeam()
        let page = try await people(PeopleQuery(
            scope: policy.scope, viewerID: policy.viewer.personID, teamIDs: hierarchy.subtree(of: team.id), limit: TeamReport.peopleLimit
        ))
        // The review list of `GET /api/v1/postponements?team=&days=30`.
        let reviewQuery = postponements ?? .teamPage(team.id, asOf: now)
        let postponed = try await ActivityLog(database: database, organizationID: organizationID).reviewList(reviewQuery, for: policy)
        let markets = try await markets()
        return TeamReport(
            team: team, headcount: hierarchy.headcount(of: team.id, ownMembers: ownMembers), ownMembers: ownMembers[team.id] ?? 0,
            ancestors: hierarchy.ancestors(of: team.id).compactMap { byID[$0] }.filter(policy.canRead),
            market: markets.first { $0.id == team.marketID },
            subteams: allTeams.filter { $0.parentID == team.id && $0.isActive }
                .map { TeamReport.Subteam(team: $0, headcount: hierarchy.headcount(of: $0.id, ownMembers: ownMembers), ownMembers: ownMembers[$0.id] ?? 0) },
            managers: page.people.filter { $0.accessRole == .manager && $0.teamID == team.id },
            people: page.people, totalPeople: page.total, postponementQuery: reviewQuery, postponements: postponed,
            reasons: try await OrganizationSettings(database: database, organizationID: organizationID).reasonCatalog(),
            teams: allTeams, markets: markets
        )
    }

    /// A person's page for a viewer who may read them (``AccessRefused`` otherwise).
    public func personReport(_ id: Person.ID, for policy: AccessPolicy) async throws -> PersonReport {
        guard let person = try await person(id) else { throw AccessRefused(.notFound, entity: "person", field: "personID") }
        let decision = policy.read(person)
        guard decision == .allowed else { throw AccessRefused(decision, entity: "person", field: "personID") }
        let teams = Dictionary(uniqueKeysWithValues: try await teams().map { ($0.id, $0) })
        let markets = try await markets()
        return PersonReport(
            person: person,
            team: person.teamID.flatMap { teams[$0] },
            market: markets.first { $0.id == person.marketID },
            leaderMarkets: markets.filter { person.leaderMarketIDs.contains($0.id) },
            history: try await teamHistory(of: person.id).map { ($0, teams[$0.teamID]?.name ?? "—") },
            audit: policy.has(.administerDirectory)
                ? try await AuditLog(database: database, organizationID: organizationID).history(of: person.id, for: policy) : nil,
            pages: PersonPages(of: person, latestCycle: try await latestCycle(assessing: person.id), for: policy)
        )
    }

    /// The cycle whose results a profile links to: the latest closed one assessing the person —
    /// its results are final — else the latest opened.
    func latestCycle(assessing person: Person.ID) async throws -> AssessmentCycle.ID? {
        let competence = CompetenceStore(database: database, organizationID: organizationID)
        let assessing = try await competence.cycles(assessing: person)
        guard !assessing.isEmpty else { return nil }
        let cycles = try await competence.cycleSummaries().filter { assessing.contains($0.id) }
        return (cycles.filter { $0.closedAt != nil }.max { ($0.closedAt!, $0.openedAt) < ($1.closedAt!, $1.openedAt) }
            ?? cycles.max { $0.openedAt < $1.openedAt })?.id
    }
}
