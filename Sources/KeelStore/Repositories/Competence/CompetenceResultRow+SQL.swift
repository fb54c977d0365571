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
    static func all(_ query: SQLSelectBuilder) async throws -> [StoredResultRow] {
        try await query.columns(CompetenceResultRow.columns.map { SQLColumn($0, table: CompetenceResultRow.table) })
            .all(decoding: Record.self)
            .map { try $0.stored }
    }

    private struct Record: Decodable {
        var id: UUID
        var cycle_id: UUID
        var person_id: UUID
        var competency_id: UUID
        var level: Double?
        var sources: String
        var self_level: Double?
        var manager_level: Double?
        var manager_count: Int
        var peer_count: Int
        var peer_mean: Double?
        var target_level: Int?
        var weight: Double?
        var team_id: UUID?
        var market_id: UUID?
        var job_role: String

        var stored: StoredResultRow {
            get throws {
                let sources = sources.split(separator: ",").map { RatingSource(rawValue: String($0)) }
                guard let jobRole = JobRole(rawValue: job_role), sources.allSatisfy({ $0 != nil }) else {
                    throw CorruptRecord(entity: "competence result", id: id.uuidString, problem: "unknown job role or source")
                }
                return StoredResultRow(id: id, row: CompetenceResultRow(
                    cycleID: .init(cycle_id), personID: .init(person_id), competencyID: .init(competency_id), level: level,
                    sources: sources.compactMap { $0 }, selfLevel: self_level, managerLevel: manager_level,
                    managerCount: manager_count, peerCount: peer_count, peerMean: peer_mean, targetLevel: target_level,
                    weight: weight, placement: CompetencePlacement(
                        teamID: team_id.map(Team.ID.init), marketID: market_id.map(Market.ID.init), jobRole: jobRole
                    )
                ))
            }
        }
    }
}
