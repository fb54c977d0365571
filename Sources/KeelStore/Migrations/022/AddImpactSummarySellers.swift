import FluentKit
import SQLKit

/// Who each kept impact estimate is about, one row per seller, so the store can tell which
/// estimates a manager may read without decoding every estimate's list of thousands of sellers.
///
/// The kept estimates are a cache the periodic refresh rewrites whole: those kept before this
/// table existed have no sellers beside them, so they are emptied here and the first refresh
/// after the upgrade (at start, see `ImpactRefresh`) keeps them again.
struct AddImpactSummarySellers: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await (database as! any SQLDatabase).delete(from: ImpactStore.summaryTable).run()
        try await database.schema(ImpactStore.summaryTable)
            .field("seller_count", .int, .required, .sql(.default(0)))
            .update()
        try await database.schema(ImpactStore.summarySellerTable)
            .field("organization_id", .uuid, .required, .references("organizations", "id"))
            .field("summary_id", .string, .required)
            .field("seller_id", .uuid, .required)
            .compositeIdentifier(over: "organization_id", "summary_id", "seller_id")
            .create()
        try await (database as! any SQLDatabase).create(index: "impact_summary_sellers_by_seller")
            .on(ImpactStore.summarySellerTable).column("organization_id").column("seller_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ImpactStore.summarySellerTable).delete()
        try await database.schema(ImpactStore.summaryTable).deleteField("seller_count").update()
    }
}
