import FluentKit
import Foundation
import SalesDomain
import SQLKit

/// The tables Keel derives from stored facts — each deal's current stay, team paths, execution
/// rollups, stall bars — filled by the running release's code, never by a migration.
///
/// A migration only changes the schema: code it called would change later and replay
/// differently on an older database. When a release adds a derived table or column, or changes
/// how one is computed, it raises ``version``; the first start after the upgrade recomputes
/// every organization's derived data with today's code, and writes the version it holds.
public enum DerivedData {
    static let table = "derived_data_versions"
    /// Raised whenever the derived data must be recomputed after an upgrade.
    /// 2: week tallies count activities late for a verified obstacle, and a won deal without
    /// an engagement date counts its cycle from its creation.
    /// 3: the deal rollups count the won cycles measured from creation apart.
    static let version = 3
    private static let name = "execution"

    /// Brings the derived data up to ``version``; a database already there is left alone.
    public static func refresh(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        struct Row: Decodable { var version: Int }
        let stored = try await sql.select().column("version").from(table).where("name", .equal, name).first(decoding: Row.self)
        guard stored.map({ $0.version < version }) ?? true else { return }
        for organization in try await sql.select().column("id").from(OrganizationModel.schema).all(decodingColumn: "id", as: UUID.self) {
            try await database.writeTransaction { database in
                try await recompute(organization: Organization.ID(organization), on: database)
            }
        }
        try await sql.delete(from: table).where("name", .equal, name).run()
        try await sql.insert(into: table).columns("name", "version").values(SQLBind(name), SQLBind(version)).run()
    }

    private static func recompute(organization: Organization.ID, on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        let calendar = try await OrganizationSettings(database: database, organizationID: organization).calendar()
        struct Latest: Decodable {
            var deal_id: UUID
            var entered_at: Date
        }
        // Deals stored before stays were kept: their stay starts at their last stage change.
        let latest = try await sql.raw("""
            SELECT t.deal_id, MAX(t.entered_at) AS entered_at FROM deal_stage_transitions t
            JOIN deals d ON d.id = t.deal_id
            WHERE d.organization_id = \(bind: organization.rawValue) AND d.stage_entered_at IS NULL
              AND t.stage NOT IN (\(binds: DealClose.stageCodes))
            GROUP BY t.deal_id
            """).all(decoding: Latest.self)
        for row in latest {
            try await sql.update(DealModel.schema)
                .set("stage_entered_at", to: row.entered_at)
                .set("stage_entered_day", to: DealModel.stageEnteredDay(of: row.entered_at, calendar: calendar))
                .where("id", .equal, row.deal_id).run()
        }
        try await TeamPaths.refresh(organization: organization.rawValue, on: sql)
        try await ExecutionRollups.of(database: database, organizationID: organization).rebuild()
        try await StallBars(database: database, organizationID: organization).judgeOpenDeals()
    }
}
