import FluentKit
import Foundation
import KeelImport
import SalesDomain

extension CRMImport {
    /// What identifies a record within one file, so a second row with the same key is reported.
    struct RecordKey {
        var value: String
        var field: ImportField
        /// How the report names the thing, e.g. "deal".
        var noun: String
    }

    /// Counts every row, collects the problems of rows that could not be read, reports a key
    /// seen earlier in the same file, and hands every other record on.
    static func forEachRecord<Record: LocatedRecord>(
        in stream: RecordStream<Record>, summary: inout ImportSummary, key: (Record) -> RecordKey,
        _ body: (Record, inout ImportSummary) async throws -> Void
    ) async throws {
        var seen: [String: Int] = [:]
        for result in stream {
            summary.rows += 1
            switch result {
            case .failure(let problems):
                summary.add(problems.problems)
            case .success(let record):
                let identity = key(record)
                if let line = seen[identity.value] {
                    summary.add([RowProblem(line: record.line, column: stream.binding.column(of: identity.field), value: identity.value,
                                            reason: "the same \(identity.noun) is on line \(line) too",
                                            problem: Problem(.importSameOnLine, ["line": String(line)]))])
                    continue
                }
                seen[identity.value] = record.line
                try await body(record, &summary)
            }
        }
    }

    /// Catalog rows matched by name (products, accounts): an unknown name is inserted, a known
    /// one is updated when its other fields differ.
    static func upsertByName<Record: LocatedRecord, Entry: Model>(
        _ stream: RecordStream<Record>, noun: String, summary: inout ImportSummary, existing: [String: Entry],
        on database: any Database, name: (Record) -> String,
        differs: (Entry, Record) -> Bool, apply: (Entry, Record) -> Void, make: (Record) -> Entry,
        observe: (Record) -> Void = { _ in }
    ) async throws {
        var existing = existing
        try await forEachRecord(in: stream, summary: &summary, key: { RecordKey(value: name($0).lowercased(), field: .name, noun: noun) }) { record, summary in
            observe(record)
            let key = name(record).lowercased()
            if let entry = existing[key] {
                guard differs(entry, record) else {
                    summary.unchanged += 1
                    return
                }
                apply(entry, record)
                try await entry.save(on: database)
                summary.updated += 1
            } else {
                let entry = make(record)
                apply(entry, record)
                try await entry.create(on: database)
                existing[key] = entry
                summary.inserted += 1
            }
        }
    }
}
