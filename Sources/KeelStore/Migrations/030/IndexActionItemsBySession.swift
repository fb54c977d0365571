import FluentKit
import SQLKit

/// One session's screen shows the next steps agreed in it. Only the seller's and the owner's
/// indexes existed, so that read went through every next step of the organization row by row:
/// 210 ms of the screen's 230 at 10,000 sellers with a year of sessions (360,000 next steps).
struct IndexActionItemsBySession: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await (database as! any SQLDatabase).create(index: "coaching_action_items_by_session").on("coaching_action_items")
            .column("organization_id").column("session_id").column("due").run()
    }

    func revert(on database: any Database) async throws {
        try await (database as! any SQLDatabase).drop(index: "coaching_action_items_by_session").run()
    }
}
