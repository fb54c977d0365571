import FluentKit
import Foundation
import SQLKit

/// Every text column of every table, read from the database's own catalog (`sqlite_master` and
/// `pragma_table_info`, `information_schema` on PostgreSQL) rather than a list kept by hand, so a
/// table added later is searched too.
enum StoredTextScan {
    struct Column: Decodable, Hashable, CustomStringConvertible {
        var table_name: String
        var column_name: String
        var description: String { "\(table_name).\(column_name)" }
    }

    static func columns(_ backend: StoreBackend, on database: any Database) async throws -> [Column] {
        let sql = database as! any SQLDatabase
        switch backend {
        case .sqlite:
            // SQLite stores any value in any column, so every column is read as text.
            return try await sql.raw("""
                SELECT m.name AS table_name, p.name AS column_name FROM sqlite_master m JOIN pragma_table_info(m.name) p
                WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'
                """).all(decoding: Column.self)
        case .postgres:
            return try await sql.raw("""
                SELECT table_name::text AS table_name, column_name::text AS column_name FROM information_schema.columns
                WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'character', 'json', 'jsonb')
                """).all(decoding: Column.self)
        }
    }

    struct Count: Decodable {
        var n: Int
    }

    /// The columns holding any of `needles` (compared lower-cased), with how many rows each.
    static func hits(of needles: [String], _ backend: StoreBackend, on database: any Database) async throws -> [String: Int] {
        let sql = database as! any SQLDatabase
        var hits: [String: Int] = [:]
        for column in try await columns(backend, on: database) {
            // As written and lower-cased: SQLite's LOWER and LIKE fold ASCII letters only, and Nordic names are not ASCII.
            let matches = needles.flatMap { needle -> [SQLQueryString] in
                let text: SQLQueryString = "CAST(\(ident: column.column_name) AS TEXT)"
                return ["\(text) LIKE \(bind: "%\(needle)%")", "LOWER(\(text)) LIKE \(bind: "%\(needle.lowercased())%")"]
            }
            let n = try await sql.raw("SELECT COUNT(*) AS n FROM \(ident: column.table_name) WHERE \(matches.joined(separator: " OR "))")
                .first(decoding: Count.self)?.n ?? 0
            if n > 0 { hits[column.description] = n }
        }
        return hits
    }

    struct Sums: Decodable, Hashable {
        var n: Double
        var a: Double
        var b: Double
    }

    /// Row count and two column sums of a table, as the same numbers on both databases.
    static func sums(_ table: String, _ first: String?, _ second: String?, on database: any Database) async throws -> Sums {
        func sum(_ column: String?) -> SQLQueryString {
            column.map { "CAST(COALESCE(SUM(\(ident: $0)), 0) AS DOUBLE PRECISION)" } ?? "CAST(0 AS DOUBLE PRECISION)"
        }
        return try await (database as! any SQLDatabase).raw("""
            SELECT CAST(COUNT(*) AS DOUBLE PRECISION) AS n, \(sum(first)) AS a, \(sum(second)) AS b FROM \(ident: table)
            """).first(decoding: Sums.self)!
    }

    /// The numbers other people's aggregates are made of: execution rollups, heatmap tallies,
    /// consolidated results, and the raw records behind them.
    static func aggregates(on database: any Database) async throws -> [String: Sums] {
        var sums: [String: Sums] = [:]
        for (table, first, second): (String, String?, String?) in [
            ("scope_week_tallies", "planned", "done"), ("competence_tallies", "level_sum", "rated_count"),
            ("competence_results", "level", "peer_count"), ("ratings", "level", nil),
            ("activities", "duration_minutes", nil), ("deals", "value_cents", "stall_bar_days"),
            ("postponements", nil, nil), ("coaching_sessions", "duration_minutes", nil),
        ] {
            sums[table] = try await Self.sums(table, first, second, on: database)
        }
        return sums
    }
}
