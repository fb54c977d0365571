import FluentKit
import SQLKit

/// An impact estimate reads the weeks of a KPI's activity types for each of its sellers — the
/// treated and hundreds of comparison sellers — from the week tallies. The primary key finds
/// those rows, but each row was then fetched from the table, scattered over a file of several
/// gigabytes at 10,000 sellers: half of the read's time in SQLite. This index holds the two
/// counts the estimate sums, so the read is answered from the index alone.
struct CoverKPIWeeksByPerson: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await (database as! any SQLDatabase).create(index: "scope_week_tallies_kpi_counts").on("scope_week_tallies")
            .column("scope_id").column("week").column("activity_type").column("planned").column("done_by_planned_week").run()
    }

    func revert(on database: any Database) async throws {
        try await (database as! any SQLDatabase).drop(index: "scope_week_tallies_kpi_counts").run()
    }
}
