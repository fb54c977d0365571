import FluentKit
import Foundation
import SalesDomain
import SQLKit

/// Parts of the team structure read level by level, for paths that would otherwise read every
/// team of a large organization (over a thousand) to look at a handful.
extension Directory {
    /// The given teams and every team above them: enough of the hierarchy to answer
    /// ``TeamHierarchy/ancestors(of:)`` for each of them.
    func hierarchy(above teams: some Sequence<Team.ID>) async throws -> TeamHierarchy {
        var loaded: [Team.ID: Team] = [:]
        var pending = Set(teams)
        while !pending.isEmpty {
            let found = try await TeamModel.query(on: database)
                .filter(\.$organizationID == org).filter(\.$id ~~ pending.map(\.rawValue)).all().map(\.domain)
            for team in found { loaded[team.id] = team }
            pending = Set(found.compactMap(\.parentID)).subtracting(loaded.keys)
        }
        return TeamHierarchy(loaded.values)
    }

    /// The policy `person` reads with: a manager's scope from their own subtree, read level by
    /// level, so a request never loads the whole hierarchy only to decide who may see what.
    public func accessPolicy(for person: Person) async throws -> AccessPolicy {
        let viewer = Viewer(person)
        guard viewer.accessRole == .manager, let team = viewer.teamID else { return AccessPolicy(viewer: viewer, managedSubtree: nil) }
        return AccessPolicy(viewer: viewer, managedSubtree: try await subtree(of: team))
    }

    /// The team and every team below it.
    func subtree(of team: Team.ID) async throws -> Set<Team.ID> {
        let sql = database as! any SQLDatabase
        var subtree: Set<Team.ID> = [team]
        var frontier = [team.rawValue]
        while !frontier.isEmpty {
            var children: [UUID] = []
            for chunk in frontier.chunked(into: 500) {
                children += try await childrenQuery(of: Array(chunk), on: sql).all(decodingColumn: "id", as: UUID.self)
            }
            frontier = children.filter { subtree.insert(Team.ID($0)).inserted }
        }
        return subtree
    }

    /// The teams directly under any of `parents`: one step of the subtree walk, which every
    /// request of a manager takes, held to `teams_by_parent` by a query-plan test.
    func childrenQuery(of parents: [UUID], on sql: any SQLDatabase) -> SQLSelectBuilder {
        sql.select().column("id").from(TeamModel.schema).where("organization_id", .equal, org).where("parent_id", .in, parents)
    }

    /// The ids of the teams directly under `parent`, or of the top-level teams.
    func childTeamIDs(of parent: Team.ID?) async throws -> [Team.ID] {
        var query = (database as! any SQLDatabase).select().column("id").from(TeamModel.schema)
            .where("organization_id", .equal, org)
        query = parent.map { query.where("parent_id", .equal, $0.rawValue) } ?? query.where("parent_id", .is, SQLLiteral.null)
        return try await query.all(decodingColumn: "id", as: UUID.self).map(Team.ID.init)
    }
}
