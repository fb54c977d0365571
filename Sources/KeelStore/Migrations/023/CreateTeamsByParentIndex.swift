import FluentKit
import SQLKit

/// A manager's reach is their team's subtree, walked level by level on every request they make;
/// without an index on the parent each level read every team of the organization.
struct CreateTeamsByParentIndex: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await (database as! any SQLDatabase).create(index: "teams_by_parent")
            .on("teams").column("organization_id").column("parent_id").run()
    }

    func revert(on database: any Database) async throws {
        try await (database as! any SQLDatabase).drop(index: "teams_by_parent").run()
    }
}
