import Foundation
import SalesDomain
import SQLKit

/// Result rows go in and out as plain SQL rows: the demo and a rebuild write hundreds of
/// thousands of them, and every write path replaces them in bulk (delete, then insert) rather
/// than updating them one by one.
extension CompetenceResultRow {
    static let table = "competence_results"

    static let columns = [
        "id", "organization_id", "cycle_id", "person_id", "competency_id", "level", "sources", "self_level", "manager_level",
        "manager_count", "peer_count", "peer_mean", "target_level", "weight", "team_id", "market_id", "job_role",
    ]

    func values(organization: UUID) -> [any SQLExpression] {
        [
            SQLBind(UUID()), SQLBind(organization), SQLBind(cycleID.rawValue), SQLBind(personID.rawValue),
            SQLBind(competencyID.rawValue), SQLBind(level), SQLBind(sources.map(\.rawValue).joined(separator: ",")),
            SQLBind(selfLevel), SQLBind(managerLevel), SQLBind(managerCount), SQLBind(peerCount), SQLBind(peerMean),
            SQLBind(targetLevel), SQLBind(weight), SQLBind(placement.teamID?.rawValue), SQLBind(placement.marketID?.rawValue),
            SQLBind(placement.jobRole.rawValue),
        ]
    }

    /// Inserts rows 500 at a time (17 columns: under SQLite's limit on bound parameters).
    static func insert(_ rows: some Collection<CompetenceResultRow>, organization: UUID, on sql: any SQLDatabase) async throws {
        for chunk in Array(rows).chunked(into: 500) {
            var insert = sql.insert(into: table).columns(columns)
            for row in chunk { insert = insert.values(row.values(organization: organization)) }
            try await insert.run()
        }
    }
}

/// A result row as stored, with the id a bulk replacement deletes it by.
struct StoredResultRow: Hashable, Sendable {
    var id: UUID
    var row: CompetenceResultRow

    /// Reads the rows a query selects (it must select ``CompetenceResultRow/columns``). Rows in a
    /// job role or with a source this version of Keel does not know are reported, not skipped.
    /// Column by column rather than through `Decodable`, and the ids that repeat from row to row
    /// parsed once: a drill-down reads a row per person and competency, and the keyed containers
    /// and Foundation's UUID parsing were most of that.
    static func all(_ query: SQLSelectBuilder) async throws -> [StoredResultRow] {
        var uuids = RepeatedUUIDs()
        return try await query.columns(CompetenceResultRow.columns.map { SQLColumn($0, table: CompetenceResultRow.table) }).all()
            .map { row in try stored(row, uuids: &uuids) }
    }

    private static func stored(_ row: any SQLRow, uuids: inout RepeatedUUIDs) throws -> StoredResultRow {
        let id = try row.decode(column: "id", as: UUID.self)
        let sources = try row.decode(column: "sources", as: String.self).split(separator: ",").map { RatingSource(rawValue: String($0)) }
        guard let jobRole = JobRole(rawValue: try row.decode(column: "job_role", as: String.self)), sources.allSatisfy({ $0 != nil }) else {
            throw CorruptRecord(entity: "competence result", id: id.uuidString, problem: "unknown job role or source")
        }
        return StoredResultRow(id: id, row: CompetenceResultRow(
            cycleID: .init(try uuids.decode(column: "cycle_id", of: row)), personID: .init(try uuids.decode(column: "person_id", of: row)),
            competencyID: .init(try uuids.decode(column: "competency_id", of: row)),
            level: try row.decode(column: "level", as: Double?.self),
            sources: sources.compactMap { $0 }, selfLevel: try row.decode(column: "self_level", as: Double?.self),
            managerLevel: try row.decode(column: "manager_level", as: Double?.self),
            managerCount: try row.decode(column: "manager_count", as: Int.self), peerCount: try row.decode(column: "peer_count", as: Int.self),
            peerMean: try row.decode(column: "peer_mean", as: Double?.self), targetLevel: try row.decode(column: "target_level", as: Int?.self),
            weight: try row.decode(column: "weight", as: Double?.self), placement: CompetencePlacement(
                teamID: try uuids.decodeIfPresent(column: "team_id", of: row).map(Team.ID.init),
                marketID: try uuids.decodeIfPresent(column: "market_id", of: row).map(Market.ID.init), jobRole: jobRole
            )
        ))
    }
}
