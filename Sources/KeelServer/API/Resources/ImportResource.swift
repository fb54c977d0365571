import KeelImport
import KeelStore
import Vapor

/// What an import did or, when rejected or a dry run, would have done.
struct ImportResource: Content {
    struct Problem: Content {
        var line: Int
        var column: String?
        var value: String?
        var reason: String
        var suggestion: String?
    }

    var kind: String
    var dryRun: Bool
    var rejected: Bool
    var rows: Int
    var inserted: Int
    var updated: Int
    var unchanged: Int
    var stageTransitions: Int
    var problems: [Problem]
    var problemCount: Int
    var notes: [String]

    /// `text` words the rows the domain refused in the caller's language.
    init(_ summary: ImportSummary, text: Localizer) {
        kind = summary.kind.rawValue
        dryRun = summary.dryRun
        rejected = summary.isRejected
        rows = summary.rows
        inserted = summary.inserted
        updated = summary.updated
        unchanged = summary.unchanged
        stageTransitions = summary.stageTransitions
        problems = summary.problems.map { Problem(line: $0.line, column: $0.column, value: $0.value, reason: $0.problem.map(text.callAsFunction) ?? $0.reason, suggestion: $0.suggestion) }
        problemCount = summary.problemCount
        notes = summary.notices.map(text.callAsFunction)
    }
}

/// A rejected import: the error, and the row report that says what to fix.
struct ImportRejectedResource: Content {
    var error: APIErrorBody.Detail
    var report: ImportResource
}

struct ImportRunResource: Content {
    var kind: String
    var mapping: String
    var fileName: String
    var asOf: Date
    var rows: Int
    var inserted: Int
    var updated: Int
    var unchanged: Int
    /// When the import was kept, and by whom (absent for `keel import`, or a person since erased from the directory).
    var importedAt: Date
    var importedBy: UUID?
    var importedByName: String?
}

extension ImportRunResource {
    init(_ run: ImportRunRecord) {
        self.init(kind: run.kind, mapping: run.mapping, fileName: run.fileName, asOf: run.asOf, rows: run.rows,
                  inserted: run.inserted, updated: run.updated, unchanged: run.unchanged,
                  importedAt: run.finishedAt, importedBy: run.actorID, importedByName: run.importedByName)
    }
}
