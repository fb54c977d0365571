import FluentKit
import SQLKit

/// A heatmap adjusted for leniency starts from the people the calibrated raters rated; the
/// ratings' only index leads with the ratee, so finding them read every rating of the cycle.
struct CreateRatingsByRaterIndex: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await (database as! any SQLDatabase).create(index: "ratings_by_rater")
            .on("ratings").column("cycle_id").column("rater_id").run()
    }

    func revert(on database: any Database) async throws {
        try await (database as! any SQLDatabase).drop(index: "ratings_by_rater").run()
    }
}
