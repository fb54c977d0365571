import ArgumentParser
import Foundation
import KeelStore

struct Restore: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Replace the SQLite database with a backup, after checking it (stop Keel first).",
        discussion: """
            The backup must pass SQLite's integrity check, be a Keel database, and have a schema this Keel knows: \
            an older one is migrated on the next start, a newer one is refused. The database file is replaced in \
            one step. Stop every keel serve using the file first: Keel refuses when it sees the file open, but \
            cannot see a server on another machine.
            """)

    @OptionGroup var database: DatabaseOptions
    @ArgumentParser.Argument(help: "A backup written by keel backup.") var file: String

    func run() async throws {
        let location = try database.configuration().database
        let summary: DatabaseRestore.Summary
        do {
            summary = try await DatabaseRestore.restore(backup: file, over: location)
        } catch let refusal as BackupInspection.Refusal {
            throw CommandFailure("\(file) was not restored: \(refusal.description)")
        }
        let inspection = summary.inspection
        print("Restored \(file) over \(summary.target): \(inspection.organizations) organization(s), \(inspection.people) people, \(inspection.applied.count) migrations applied.")
        if !inspection.pending.isEmpty {
            print("Its schema is older than this Keel's: \(inspection.pending.count) migration(s) will run on the next start (or keel migrate).")
        }
    }
}
