import FluentKit
import SQLKit

/// A manager's start page asks which kept estimates their sellers are counted in. The index by
/// seller did not hold the estimate, so SQLite preferred the primary key, which does, and read
/// every seller row of the organization (130 ms at 115,000 rows); with the estimate in it, the
/// index answers alone.
struct CoverImpactReachBySeller: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.drop(index: "impact_summary_sellers_by_seller").run()
        try await sql.create(index: "impact_summary_sellers_by_seller_and_summary").on(ImpactStore.summarySellerTable)
            .column("organization_id").column("seller_id").column("summary_id").run()
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.drop(index: "impact_summary_sellers_by_seller_and_summary").run()
        try await sql.create(index: "impact_summary_sellers_by_seller").on(ImpactStore.summarySellerTable)
            .column("organization_id").column("seller_id").run()
    }
}
