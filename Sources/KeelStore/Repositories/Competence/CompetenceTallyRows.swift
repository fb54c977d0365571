import FluentSQLiteDriver
import Foundation
import SalesDomain
import SQLKit

/// The `competence_tallies` table: one ``HeatmapTally`` per cycle, group, job role and
/// competency, changed only by adding deltas.
enum CompetenceTallyRows {
    static let table = "competence_tallies"
    static let key = ["cycle_id", "group_kind", "group_id", "job_role", "competency_id"]
    static let sums = ["level_sum", "rated_count", "targeted_count", "below_target_count"]

    /// Adds each delta to its row, creating rows that do not exist yet, in key order, 500 rows
    /// per statement. One upsert (`ON CONFLICT … DO UPDATE SET x = x + excluded.x`) works the
    /// same on SQLite and PostgreSQL and never reads a tally back.
    static func add(_ deltas: [TallyKey: HeatmapTally], organization: UUID, on sql: any SQLDatabase) async throws {
        let changes = deltas.filter { !$0.value.isNegligible }.sorted { $0.key < $1.key }
        for chunk in changes.chunked(into: 500) {
            var insert = sql.insert(into: table).columns(["id", "organization_id"] + key + sums)
            for (key, tally) in chunk {
                insert = insert.values(
                    SQLBind(UUID()), SQLBind(organization), SQLBind(key.cycleID.rawValue), SQLBind(key.group.kind.rawValue),
                    SQLBind(key.group.storedID(organization: organization)), SQLBind(key.jobRole.rawValue),
                    SQLBind(key.competencyID.rawValue), SQLBind(tally.levelSum), SQLBind(tally.ratedCount),
                    SQLBind(tally.targetedCount), SQLBind(tally.belowTargetCount))
            }
            try await insert.onConflict(with: key) { update in
                for column in sums {
                    update.set(column, to: SQLBinaryExpression(SQLColumn(column, table: table), .add, SQLExcludedColumn(column)))
                }
                return update
            }.run()
        }
    }

    /// The tallies of one cycle in the given groups (all of them when `groupIDs` is `nil`),
    /// summed over job roles unless `jobRole` picks one. Rows of groups this version of Keel does
    /// not know are skipped; rows whose people have all left count nothing and are left out.
    static func read(
        cycle: AssessmentCycle.ID, kinds: [CompetenceGroup.Kind], groupIDs: [UUID]?, jobRole: JobRole?, organization: UUID,
        on sql: any SQLDatabase
    ) async throws -> [CompetenceGroup: [Competency.ID: HeatmapTally]] {
        var tallies: [CompetenceGroup: [Competency.ID: HeatmapTally]] = [:]
        let idChunks: [[UUID]?] = groupIDs.map { ids in ids.chunked(into: 500).map(Array.init) } ?? [nil]
        var uuids = RepeatedUUIDs()
        for ids in idChunks {
            // Summed over job roles by the database: a third of the rows to decode.
            var query = sql.select().columns("group_kind", "group_id", "competency_id")
                .column(SQLFunction("SUM", args: SQLColumn("level_sum")), as: "level_sum")
            for count in sums.dropFirst() {
                // SUM of a BIGINT is NUMERIC on PostgreSQL; back to BIGINT so both databases decode an Int.
                query = query.column(SQLRaw("CAST(SUM(\(count)) AS BIGINT)"), as: count)
            }
            query = query.from(table)
                .where("organization_id", .equal, organization)
                .where("cycle_id", .equal, cycle.rawValue)
                .where("group_kind", .in, kinds.map(\.rawValue))
            if let ids { query = query.where("group_id", .in, ids) }
            if let jobRole { query = query.where("job_role", .equal, jobRole.rawValue) }
            for row in try await summed(query.groupBy("group_kind").groupBy("group_id").groupBy("competency_id"), on: sql) {
                guard let group = CompetenceGroup(kind: row.kind, id: try uuids.parse(row.groupID, column: "group_id")) else { continue }
                tallies[group, default: [:]][.init(try uuids.parse(row.competencyID, column: "competency_id")), default: .empty] += row.tally
            }
        }
        return tallies.mapValues { $0.filter { $0.value.ratedCount > 0 } }.filter { !$0.value.isEmpty }
    }

    private struct SummedRow {
        var kind: String
        var groupID: String
        var competencyID: String
        var tally: HeatmapTally
    }

    /// The rows of ``read(cycle:kinds:groupIDs:jobRole:organization:on:)``'s query. A heatmap of a
    /// region with a couple of hundred teams is thousands of rows: through `Decodable` the keyed
    /// containers were most of the read, and column by column through SQLKit (a generic decoder
    /// per value) still a third of it, so on SQLite the statement SQLKit builds is run on
    /// SQLiteNIO directly and its values read by position.
    private static func summed(_ query: SQLSelectBuilder, on sql: any SQLDatabase) async throws -> [SummedRow] {
        if sql.dialect.name == "sqlite", let sqlite = sql as? any SQLiteDatabase {
            let (text, binds) = sql.serialize(query.select)
            let encoder = SQLiteDataEncoder()
            return try await sqlite.query(text, try binds.map { try encoder.encode($0) }).map { row in
                let values = row.columns.map(\.data)
                guard values.count == 7, let kind = values[0].string, let groupID = values[1].string, let competencyID = values[2].string,
                      let levelSum = values[3].double, let rated = values[4].integer, let targeted = values[5].integer,
                      let below = values[6].integer
                else { throw CorruptRecord("a heatmap tally row is not (kind, group, competency, four sums): \(values)") }
                return SummedRow(kind: kind, groupID: groupID, competencyID: competencyID, tally: HeatmapTally(
                    levelSum: levelSum, ratedCount: Int(rated), targetedCount: Int(targeted), belowTargetCount: Int(below)))
            }
        }
        return try await query.all().map { row in
            SummedRow(
                kind: try row.decode(column: "group_kind", as: String.self), groupID: try row.decode(column: "group_id", as: String.self),
                competencyID: try row.decode(column: "competency_id", as: String.self), tally: HeatmapTally(
                    levelSum: try row.decode(column: "level_sum", as: Double.self),
                    ratedCount: try row.decode(column: "rated_count", as: Int.self),
                    targetedCount: try row.decode(column: "targeted_count", as: Int.self),
                    belowTargetCount: try row.decode(column: "below_target_count", as: Int.self)))
        }
    }

    /// Every column of the organization's tally rows, to narrow down and decode as ``Row``.
    static func select(organization: UUID, on sql: any SQLDatabase) -> SQLSelectBuilder {
        sql.select().columns(key + sums).from(table).where("organization_id", .equal, organization)
    }

    struct Row: Decodable {
        var cycle_id: UUID
        var group_kind: String
        var group_id: UUID
        var job_role: String
        var competency_id: UUID
        var level_sum: Double
        var rated_count: Int
        var targeted_count: Int
        var below_target_count: Int

        var tally: HeatmapTally {
            HeatmapTally(levelSum: level_sum, ratedCount: rated_count, targetedCount: targeted_count, belowTargetCount: below_target_count)
        }

        /// `nil` for a group kind or job role this version of Keel does not know.
        var key: TallyKey? {
            guard let group = CompetenceGroup(kind: group_kind, id: group_id), let jobRole = JobRole(rawValue: job_role) else { return nil }
            return TallyKey(cycleID: .init(cycle_id), group: group, jobRole: jobRole, competencyID: .init(competency_id))
        }
    }
}

extension HeatmapTally {
    /// Nothing to add: no person and (up to rounding) no level.
    var isNegligible: Bool {
        ratedCount == 0 && targetedCount == 0 && belowTargetCount == 0 && abs(levelSum) < 1e-9
    }
}
