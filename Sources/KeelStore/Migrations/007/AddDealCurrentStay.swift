import FluentKit
import Foundation
import SalesDomain
import SQLKit

/// Each deal carries when it entered its current stage, as a moment and as the local calendar
/// day: the stall analysis judges an organization's open deals by one indexed read instead of
/// finding every deal's latest stage transition per request. Existing deals get the values of
/// their latest transition.
struct AddDealCurrentStay: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // One column per statement: SQLite adds no more at a time.
        try await database.schema(DealModel.schema).field("stage_entered_at", .datetime).update()
        try await database.schema(DealModel.schema).field("stage_entered_day", .int64).update()
        struct Latest: Decodable {
            var deal_id: UUID
            var entered_at: Date
        }
        let sql = database as! any SQLDatabase
        let latest = try await sql.raw("""
            SELECT deal_id, MAX(entered_at) AS entered_at FROM deal_stage_transitions GROUP BY deal_id
            """).all(decoding: Latest.self)
        try await database.transaction { database in
            let sql = database as! any SQLDatabase
            for row in latest {
                try await sql.update(DealModel.schema)
                    .set("stage_entered_at", to: row.entered_at)
                    .set("stage_entered_day", to: DealModel.stageEnteredDay(of: row.entered_at))
                    .where("id", .equal, row.deal_id).run()
            }
        }
        // Partial: the open deals are the ones judged, and one in ten after a year.
        try await sql.raw("""
            CREATE INDEX open_deal_stays ON deals (organization_id, owner_id, stage, stage_entered_day) WHERE outcome = 'open'
            """).run()
    }

    func revert(on database: any Database) async throws {
        try await (database as! any SQLDatabase).drop(index: "open_deal_stays").run()
        try await database.schema(DealModel.schema).deleteField("stage_entered_day").update()
        try await database.schema(DealModel.schema).deleteField("stage_entered_at").update()
    }
}
