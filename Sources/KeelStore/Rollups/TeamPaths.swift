import Foundation
import SQLKit

/// Where a team sits in its organization's tree, as the ids from the top team down to it:
/// `/TOP/…/PARENT/TEAM/`. A team's subtree is then every path that starts with its own, which
/// in byte order is one range: from the path itself up to the path with its last `/` raised to
/// `0`, the next byte (ids are hex digits and `-`, all above `/`).
///
/// Each team keeps its path (`teams.tree_path`) and each open deal its owner's team's
/// (``StallBars/judgeOpenDeals()``), so a team's stalled deals are a range test on each deal
/// of the organization's index instead of a lookup of its team in the subtree: a root team
/// over 1,278 teams and 12,600 open deals took 9 ms more than the organization per query that
/// way. Both are written together, from the `teams` table as it is then, whenever a team or a
/// person moves. PostgreSQL compares the paths by bytes (`COLLATE "C"`, ``AddDealOwnerTeamPath``),
/// as SQLite does by default.
enum TeamPaths {
    /// Writes every team's path where it changed.
    static func refresh(organization: UUID, on sql: any SQLDatabase) async throws {
        struct Row: Decodable {
            var id: UUID
            var parent_id: UUID?
            var tree_path: String?
        }
        let rows = try await sql.select().columns("id", "parent_id", "tree_path").from("teams")
            .where("organization_id", .equal, organization).all(decoding: Row.self)
        let parents = Dictionary(uniqueKeysWithValues: rows.map { ($0.id, $0.parent_id) })
        var paths: [UUID: String] = [:]
        func path(of team: UUID, visiting: Set<UUID> = []) -> String {
            if let known = paths[team] { return known }
            // A parent outside the organization, or a loop, would be a broken tree; the team
            // then starts a path of its own rather than hanging the walk.
            let parentPath = parents[team].flatMap { $0 }.flatMap { parent in
                parents[parent] == nil || visiting.contains(parent) ? nil : path(of: parent, visiting: visiting.union([team]))
            } ?? "/"
            let own = parentPath + team.text + "/"
            paths[team] = own
            return own
        }
        for row in rows where row.tree_path != path(of: row.id) {
            try await sql.update("teams").set("tree_path", to: path(of: row.id)).where("id", .equal, row.id).run()
        }
    }

    /// The path of the team its owner is in, for a statement over `deals`.
    static let ofDealOwnersTeam: SQLQueryString = """
        (SELECT t.tree_path FROM people p JOIN teams t ON t.id = p.team_id WHERE p.id = deals.owner_id)
        """

    /// Whether `column` holds a path in the subtree of `team`; false when the team isn't the
    /// organization's.
    static func within(_ column: SQLQueryString, subtreeOf team: UUID, organization: UUID) -> SQLQueryString {
        let teamPath: SQLQueryString = "FROM teams WHERE id = \(bind: team) AND organization_id = \(bind: organization)"
        return """
            \(column) >= (SELECT tree_path \(teamPath)) \
            AND \(column) < (SELECT substr(tree_path, 1, length(tree_path) - 1) || '0' \(teamPath))
            """
    }
}
