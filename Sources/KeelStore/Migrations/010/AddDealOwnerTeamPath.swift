import FluentKit
import Foundation
import SQLKit

/// Each team keeps its place in the tree and each open deal its owner's team's (``TeamPaths``),
/// kept by ``StallBars/judgeOpenDeals()`` with the team itself, so that a team's stalled deals
/// are a range of paths in the index the analysis reads. PostgreSQL compares the paths by
/// bytes, as the range needs; SQLite always does.
struct AddDealOwnerTeamPath: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // All or nothing: run again after a failure, it would otherwise find its first columns.
        try await database.writeTransaction { database in try await addPaths(on: database) }
    }

    private func addPaths(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        let pathType: DatabaseSchema.DataType = sql.dialect.name == "postgresql" ? .sql(unsafeRaw: #"TEXT COLLATE "C""#) : .string
        try await database.schema(TeamModel.schema).field("tree_path", pathType).update()
        try await database.schema(DealModel.schema).field("owner_team_path", pathType).update()
        try await sql.drop(index: "open_deal_stays").run()
        try await sql.raw("""
            CREATE INDEX open_deal_stays ON deals (organization_id, outcome, owner_id, owner_team_id, owner_market_id, stage,
              stage_entered_day, stall_bar_days, stall_basis, value_cents, stage_entered_at, id, owner_team_path) WHERE outcome = 'open'
            """).run()
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.drop(index: "open_deal_stays").run()
        try await sql.raw("""
            CREATE INDEX open_deal_stays ON deals (organization_id, outcome, owner_id, owner_team_id, owner_market_id, stage,
              stage_entered_day, stall_bar_days, stall_basis, value_cents, stage_entered_at, id) WHERE outcome = 'open'
            """).run()
        try await database.schema(DealModel.schema).deleteField("owner_team_path").update()
        try await database.schema(TeamModel.schema).deleteField("tree_path").update()
    }
}
