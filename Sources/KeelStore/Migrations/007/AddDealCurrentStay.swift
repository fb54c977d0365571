import FluentKit
import Foundation
import SQLKit

/// Each deal carries when it entered its current stage, as a moment and as the local calendar
/// day; an open deal also carries what the stall analysis judges it by, kept by
/// ``StallBars/judgeOpenDeals()``: the bar that applies to it and whose it is (`stall_bar_days`,
/// `stall_basis`: "team" or "organization", `NULL` when no won deal gives one), and its owner's
/// team and market (`owner_team_id`, `owner_market_id`, to pick a group's deals). The analysis
/// then reads a group's open deals from one index, without looking up stage histories, owners
/// or bars per request. ``DerivedData`` fills the columns of deals stored before them.
struct AddDealCurrentStay: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // One column per statement: SQLite adds no more at a time.
        try await database.schema(DealModel.schema).field("stage_entered_at", .datetime).update()
        try await database.schema(DealModel.schema).field("stage_entered_day", .int64).update()
        try await database.schema(DealModel.schema).field("stall_bar_days", .double).update()
        try await database.schema(DealModel.schema).field("stall_basis", .string).update()
        try await database.schema(DealModel.schema).field("owner_team_id", .uuid).update()
        try await database.schema(DealModel.schema).field("owner_market_id", .uuid).update()
        let sql = database as! any SQLDatabase
        try await sql.drop(index: "deals_by_outcome").run()
        try await sql.raw("""
            CREATE INDEX open_deal_stays ON deals (organization_id, outcome, owner_id, owner_team_id, owner_market_id, stage,
              stage_entered_day, stall_bar_days, stall_basis, value_cents, stage_entered_at, id) WHERE outcome = 'open'
            """).run()
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.drop(index: "open_deal_stays").run()
        try await sql.create(index: "deals_by_outcome").on("deals").column("organization_id").column("outcome").column("owner_id").run()
        try await database.schema(DealModel.schema).deleteField("owner_market_id").update()
        try await database.schema(DealModel.schema).deleteField("owner_team_id").update()
        try await database.schema(DealModel.schema).deleteField("stall_basis").update()
        try await database.schema(DealModel.schema).deleteField("stall_bar_days").update()
        try await database.schema(DealModel.schema).deleteField("stage_entered_day").update()
        try await database.schema(DealModel.schema).deleteField("stage_entered_at").update()
    }
}
