import KeelStore
import SalesDomain
import Vapor

extension TeamPage.Model {
    static func query(_ request: Request, team: Team) async throws -> Self {
        let directory = try request.directory
        let policy = try await request.policy()
        let allTeams = try await directory.teams()
        let byID = Dictionary(uniqueKeysWithValues: allTeams.map { ($0.id, $0) })
        let hierarchy = TeamHierarchy(allTeams)
        let headcount = try await directory.activeHeadcountByTeam()
        let page = try await directory.people(PeopleQuery(
            scope: policy.scope, viewerID: policy.viewer.personID, teamIDs: hierarchy.subtree(of: team.id),
            limit: TeamPage.listingLimit
        ))
        let people = page.people
        let log = ActivityLog(database: request.db, organizationID: team.organizationID)
        let month = request.now.addingTimeInterval(-30 * 86_400)..<request.now.addingTimeInterval(60)
        let postponed = try await log.postponements(by: people.map(\.id), loggedIn: month, limit: TeamPage.postponementLimit)
        let catalog = try await OrganizationSettings(database: request.db, organizationID: team.organizationID).reasonCatalog()
        let names = Dictionary(uniqueKeysWithValues: people.map { ($0.id, $0.name) })
        return Self(
            team: team,
            ancestors: hierarchy.ancestors(of: team.id).compactMap { byID[$0] }.filter(policy.canRead),
            market: try await team.marketID.asyncFlatMap { try await directory.market($0) },
            subteams: allTeams.filter { $0.parentID == team.id && $0.isActive }.map { ($0, headcount[$0.id] ?? 0) },
            managers: people.filter { $0.accessRole == .manager && $0.teamID == team.id },
            people: try await PersonRow.rows(people, directory: directory),
            totalPeople: page.total,
            postponements: postponed.map { item in
                TeamPage.PostponementRow(
                    item: item, ownerName: names[item.postponement.ownerID] ?? "—",
                    reasonName: catalog.reason(for: item.postponement.reasonCode)?.name(in: request.language) ?? item.postponement.reasonCode.rawValue)
            }
        )
    }
}

extension Optional {
    func asyncFlatMap<Result>(_ transform: (Wrapped) async throws -> Result?) async rethrows -> Result? {
        guard let self else { return nil }
        return try await transform(self)
    }
}
