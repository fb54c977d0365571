import KeelStore
import SalesDomain
import Vapor

extension OrganizationPage.Model {
    static func query(_ request: Request, search: String?) async throws -> Self {
        let directory = try request.directory
        let policy = try await request.policy()
        let organization = try await directory.organization()
        let markets = try await directory.markets()
        let teams = try await directory.teams(includeInactive: false).filter(policy.canRead)
        let headcount = try await directory.activeHeadcountByTeam()
        let managers = try await directory.people(PeopleQuery(
            scope: policy.scope, viewerID: policy.viewer.personID, accessRole: .manager, limit: 100_000
        )).people
        let managersByTeam = Dictionary(grouping: managers.filter { $0.teamID != nil }, by: { $0.teamID! })
        // Each market gets its own tree: a team hangs under its parent only when both are in the
        // same market and the parent is visible; otherwise it starts a tree of its own there.
        let byID = Dictionary(uniqueKeysWithValues: teams.map { ($0.id, $0) })
        func treeParent(_ team: Team) -> Team.ID? {
            guard let parent = team.parentID.flatMap({ byID[$0] }), parent.marketID == team.marketID else { return nil }
            return parent.id
        }
        let childrenByParent = Dictionary(grouping: teams, by: treeParent)

        func node(_ team: Team) -> OrganizationPage.TeamNode {
            OrganizationPage.TeamNode(
                team: team, headcount: headcount[team.id] ?? 0, managers: managersByTeam[team.id] ?? [],
                children: (childrenByParent[team.id] ?? []).map(node)
            )
        }
        let roots = childrenByParent[nil] ?? []
        var sections: [OrganizationPage.MarketSection] = []
        for market in markets {
            let marketRoots = roots.filter { $0.marketID == market.id }
            if !marketRoots.isEmpty { sections.append(.init(market: market, teams: marketRoots.map(node))) }
        }
        let acrossMarkets = roots.filter { $0.marketID == nil }
        if !acrossMarkets.isEmpty { sections.append(.init(market: nil, teams: acrossMarkets.map(node))) }

        var results: [PersonRow]?
        if let search {
            let found = try await directory.people(PeopleQuery(
                scope: policy.scope, viewerID: policy.viewer.personID, includeInactive: true, search: search, limit: 50
            ))
            results = try await PersonRow.rows(found.people, directory: directory)
        }
        return Self(
            organization: organization, sections: sections,
            activePeople: teams.reduce(0) { $0 + (headcount[$1.id] ?? 0) }, teamCount: teams.count,
            search: search, results: results
        )
    }
}

extension PersonRow {
    /// Resolves team and market names for a listing in two queries, whatever its length.
    static func rows(_ people: [Person], directory: Directory) async throws -> [PersonRow] {
        let teams = Dictionary(uniqueKeysWithValues: try await directory.teams().map { ($0.id, $0.name) })
        let markets = Dictionary(uniqueKeysWithValues: try await directory.markets().map { ($0.id, $0.name) })
        return people.map { person in
            PersonRow(person: person, teamName: person.teamID.flatMap { teams[$0] }, marketName: person.marketID.flatMap { markets[$0] })
        }
    }
}
