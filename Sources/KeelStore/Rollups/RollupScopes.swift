import FluentKit
import Foundation
import SalesDomain

/// The groups a person's work counts in: the person, their team and every team above it
/// (a team's rollup covers its whole subtree), their market and the organization.
struct RollupScopes: Sendable {
    let organizationID: UUID
    private let parentByTeam: [UUID: UUID]
    private let teamByPerson: [UUID: UUID]
    private let marketByPerson: [UUID: UUID]

    init(organizationID: UUID, parentByTeam: [UUID: UUID], teamByPerson: [UUID: UUID], marketByPerson: [UUID: UUID]) {
        self.organizationID = organizationID
        self.parentByTeam = parentByTeam
        self.teamByPerson = teamByPerson
        self.marketByPerson = marketByPerson
    }

    /// The organization's team tree and these people's current team and market.
    static func load(people: some Collection<UUID>, organizationID: UUID, on database: any Database) async throws -> RollupScopes {
        var parentByTeam: [UUID: UUID] = [:]
        for team in try await TeamModel.query(on: database).filter(\.$organizationID == organizationID).all() {
            if let id = team.id, let parent = team.parentID { parentByTeam[id] = parent }
        }
        var teamByPerson: [UUID: UUID] = [:]
        var marketByPerson: [UUID: UUID] = [:]
        for chunk in Array(people).chunked(into: 500) {
            let models = try await PersonModel.query(on: database)
                .filter(\.$organizationID == organizationID).filter(\.$id ~~ Array(chunk)).all()
            for person in models {
                guard let id = person.id else { continue }
                if let team = person.teamID { teamByPerson[id] = team }
                if let market = person.marketID { marketByPerson[id] = market }
            }
        }
        return RollupScopes(
            organizationID: organizationID, parentByTeam: parentByTeam, teamByPerson: teamByPerson, marketByPerson: marketByPerson)
    }

    func scopes(of person: UUID) -> [UUID] {
        var scopes = [person]
        if let team = teamByPerson[person] { scopes += [team] + ancestors(ofTeam: team) }
        if let market = marketByPerson[person] { scopes.append(market) }
        scopes.append(organizationID)
        return scopes
    }

    /// The teams above `team`, nearest first.
    func ancestors(ofTeam team: UUID) -> [UUID] {
        var ancestors: [UUID] = []
        var next = parentByTeam[team]
        // A cycle cannot be stored (Directory refuses it); the bound only guards a broken database.
        while let current = next, ancestors.count < 64 {
            ancestors.append(current)
            next = parentByTeam[current]
        }
        return ancestors
    }
}
