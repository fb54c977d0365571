import Foundation
import KeelImport
import SalesDomain

/// What an import did — or, when rejected or a dry run, what it would have done.
public struct ImportSummary: Sendable, Hashable {
    public var kind: ImportKind
    public var rows = 0
    public var inserted = 0
    public var updated = 0
    public var unchanged = 0
    /// Stage changes recorded as deal history.
    public var stageTransitions = 0
    /// The first problems, in file order; `problemCount` has them all.
    public var problems: [RowProblem] = []
    public var problemCount = 0
    /// Notes the interface words in the reader's language (the command line in English): how
    /// the file was read, what it added beside its rows, what looks misspelt.
    public var notices: [Problem] = []
    public var dryRun: Bool

    /// How many problems a summary lists; the rest are counted.
    public static let listedProblems = 200

    public init(kind: ImportKind, dryRun: Bool) {
        self.kind = kind
        self.dryRun = dryRun
    }

    /// Nothing was (or would be) written because some rows were wrong.
    public var isRejected: Bool { problemCount > 0 }

    mutating func add(_ problems: [RowProblem]) {
        problemCount += problems.count
        let room = Self.listedProblems - self.problems.count
        if room > 0 { self.problems += problems.prefix(room) }
    }

    public var report: String {
        var lines: [String] = []
        if isRejected {
            lines.append("Rejected: \(problemCount) problem\(problemCount == 1 ? "" : "s") in \(rows) rows; nothing was imported.")
            lines += problems.map { "  \($0)" }
            if problemCount > problems.count { lines.append("  … and \(problemCount - problems.count) more") }
        } else {
            let verb = dryRun ? "Would import" : "Imported"
            lines.append("\(verb) \(rows) rows of \(kind.rawValue): \(inserted) new, \(updated) changed, \(unchanged) unchanged"
                + (kind == .deals ? ", \(stageTransitions) stage changes recorded." : "."))
        }
        if dryRun && !isRejected { lines.append("Dry run: nothing was written.") }
        return lines.joined(separator: "\n")
    }
}

/// Thrown inside the import transaction to roll it back while keeping the summary.
struct ImportRollback: Error {
    let summary: ImportSummary
}

/// A past import, for the list of recent imports.
public struct ImportRunRecord: Sendable, Hashable {
    public var kind: String
    public var mapping: String
    public var fileName: String
    public var asOf: Date
    public var rows: Int
    public var inserted: Int
    public var updated: Int
    public var unchanged: Int
    /// Who imported it, when known (`keel import` has nobody signed in).
    public var actorID: UUID?
    /// Their name today; `nil` for nobody signed in, or someone no longer in the directory.
    public var importedByName: String?
    /// When the import was kept.
    public var finishedAt: Date
}
