import Foundation
import SQLKit

/// Reads id columns whose values repeat across a result's rows — a heatmap's few hundred groups
/// and a framework's competencies over thousands of tally rows — parsing each distinct text
/// once: Foundation parses a UUID with `sscanf`, which was a tenth of such a read.
struct RepeatedUUIDs {
    private var parsed: [String: UUID] = [:]

    mutating func decode(column: String, of row: some SQLRow) throws -> UUID {
        // PostgreSQL's uuid columns decode as text too (upper case, as SQLite stores them).
        try parse(try row.decode(column: column, as: String.self), column: column)
    }

    mutating func parse(_ text: String, column: String) throws -> UUID {
        if let uuid = parsed[text] { return uuid }
        guard let uuid = UUID(uuidString: text) else {
            throw CorruptRecord("'\(text)' in column \(column) is not a UUID")
        }
        parsed[text] = uuid
        return uuid
    }

    /// `nil` for a null.
    mutating func decodeIfPresent(column: String, of row: some SQLRow) throws -> UUID? {
        try row.decodeNil(column: column) ? nil : decode(column: column, of: row)
    }
}
