import FluentKit
import SQLKit

/// The stall analysis reads an organization's open deals on every request; closed deals are
/// nine in ten after a year, so finding the open ones through the owner index alone reads all
/// of them.
struct CreateOpenDealIndex: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await (database as! any SQLDatabase).create(index: "deals_by_outcome")
            .on("deals").column("organization_id").column("outcome").column("owner_id").run()
    }

    func revert(on database: any Database) async throws {
        try await (database as! any SQLDatabase).drop(index: "deals_by_outcome").run()
    }
}
