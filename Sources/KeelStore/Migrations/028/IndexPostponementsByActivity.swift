import FluentKit
import SQLKit

/// An activity's postponements are read by the activity: with each seller's start page (this
/// week's activities), with every activity logged and every one opened. Only the owner's index
/// existed, so each of those reads went through all of the organization's postponements row by
/// row — 1.2 million at 10,000 sellers, half a second of the seller's start page and of logging
/// one call.
struct IndexPostponementsByActivity: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await (database as! any SQLDatabase).create(index: "postponements_by_activity").on(PostponementModel.schema)
            .column("organization_id").column("activity_id").column("logged_at").run()
    }

    func revert(on database: any Database) async throws {
        try await (database as! any SQLDatabase).drop(index: "postponements_by_activity").run()
    }
}
