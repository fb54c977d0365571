import FluentSQLiteDriver
import Foundation
import SQLKit

/// One value of a row written by ``BulkInsert``.
enum BulkValue: Sendable {
    case uuid(UUID?)
    case text(String?)
    case integer(Int?)
    case real(Double?)
    case date(Date?)

    var bind: SQLBind {
        switch self {
        case .uuid(let value): SQLBind(value)
        case .text(let value): SQLBind(value)
        case .integer(let value): SQLBind(value)
        case .real(let value): SQLBind(value)
        case .date(let value): SQLBind(value)
        }
    }

    /// What SQLiteKit's encoder makes of the same value — UUIDs are text there, dates seconds
    /// since 1970 — so rows written either way read back alike through Fluent.
    var sqliteData: SQLiteData {
        switch self {
        case .uuid(let value): value.map { .text($0.text) } ?? .null
        case .text(let value): value.map { .text($0) } ?? .null
        case .integer(let value): value.map { .integer($0) } ?? .null
        case .real(let value): value.map { .float($0) } ?? .null
        case .date(let value): value.map { .float($0.timeIntervalSince1970) } ?? .null
        }
    }
}

/// Many rows into one table, hundreds to a statement.
///
/// On SQLite the statement text is written once per batch size and the values bound as
/// `SQLiteData` directly: building each row through SQLKit's expression tree and encoding
/// each value through `Encodable` cost more than SQLite's own work in a million-row import.
/// Other databases get the same statement through SQLKit.
///
/// On SQLite the statement is `INSERT OR FAIL`: a statement that may abort halfway through
/// many rows keeps a statement journal of every page it changes so that it can undo itself,
/// and copying those pages, then freeing them, was a third of a large import's database work.
/// A failing statement now leaves the rows it wrote before the failure; every caller writes in
/// a transaction that the failure abandons, so nothing of it is kept. An enforced foreign key
/// needs the journal too, so the CRM import writes without
/// (``SQLiteBulkWriting/withoutForeignKeyEnforcement(_:_:)``).
struct BulkInsert: Sendable {
    let table: String
    let columns: [String]
    /// On a duplicate of this unique key, add the row's values of `counters` to the stored ones.
    let conflict: (key: [String], counters: [String])?

    init(into table: String, columns: [String], addingOnConflict conflict: (key: [String], counters: [String])? = nil) {
        self.table = table
        self.columns = columns
        self.conflict = conflict
    }

    /// Rows per statement: 500, or fewer for wide rows, to stay under SQLite's 32,766 bound
    /// parameters.
    var rowsPerStatement: Int { min(500, 32_766 / columns.count) }

    /// Writes rows given one after another in `values`, each with a value for every column.
    func run(_ values: [BulkValue], on sql: any SQLDatabase) async throws {
        precondition(values.count % columns.count == 0, "a bulk row has a value for every column")
        guard !values.isEmpty else { return }
        if sql.dialect.name == "sqlite", let sqlite = sql as? any SQLiteDatabase {
            try await run(values, on: sqlite)
        } else {
            try await runThroughSQLKit(values, on: sql)
        }
    }

    private func run(_ values: [BulkValue], on sqlite: any SQLiteDatabase) async throws {
        let prefix = "INSERT OR FAIL INTO \(Self.quoted(table)) (\(columns.map(Self.quoted).joined(separator: ", "))) VALUES "
        let placeholders = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
        var suffix = ""
        if let conflict {
            suffix = " ON CONFLICT (\(conflict.key.map(Self.quoted).joined(separator: ", "))) DO UPDATE SET "
                + conflict.counters.map { "\(Self.quoted($0)) = \(Self.quoted(table)).\(Self.quoted($0)) + excluded.\(Self.quoted($0))" }
                .joined(separator: ", ")
        }
        var statements: [Int: String] = [:]
        for batch in values.chunked(into: rowsPerStatement * columns.count) {
            let rows = batch.count / columns.count
            let statement = statements[rows] ?? {
                let text = prefix + Array(repeating: placeholders, count: rows).joined(separator: ", ") + suffix
                statements[rows] = text
                return text
            }()
            _ = try await sqlite.query(statement, batch.map(\.sqliteData))
        }
    }

    private func runThroughSQLKit(_ values: [BulkValue], on sql: any SQLDatabase) async throws {
        for batch in values.chunked(into: rowsPerStatement * columns.count) {
            var insert = sql.insert(into: table).columns(columns)
            for row in Array(batch).chunked(into: columns.count) { insert = insert.values(row.map(\.bind)) }
            if let conflict {
                insert = insert.onConflict(with: conflict.key) { update in
                    var update = update
                    for column in conflict.counters {
                        update = update.set(column, to: SQLRaw("\(table).\(column) + excluded.\(column)"))
                    }
                    return update
                }
            }
            try await insert.run()
        }
    }

    private static func quoted(_ identifier: String) -> String {
        "\"" + identifier.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

extension UUID {
    /// `uuidString`, written byte by byte: Foundation formats it with `sprintf`, which was a
    /// tenth of a million-row import's own work (three ids a row).
    var text: String {
        let digits: StaticString = "0123456789ABCDEF"
        return withUnsafeBytes(of: uuid) { bytes in
            String(unsafeUninitializedCapacity: 36) { buffer in
                digits.withUTF8Buffer { digits in
                    var index = 0
                    for (position, byte) in bytes.enumerated() {
                        if position == 4 || position == 6 || position == 8 || position == 10 {
                            buffer[index] = UInt8(ascii: "-")
                            index += 1
                        }
                        buffer[index] = digits[Int(byte >> 4)]
                        buffer[index + 1] = digits[Int(byte & 0x0F)]
                        index += 2
                    }
                    return index
                }
            }
        }
    }
}
