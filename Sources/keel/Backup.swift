import ArgumentParser
import Foundation
import KeelStore

struct Backup: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a consistent copy of the database to a new file while Keel keeps serving.",
        discussion: """
            SQLite: a copy of the database file as of one moment (VACUUM INTO), restored with keel restore. \
            PostgreSQL: a pg_dump custom-format file (pg_dump must be installed), restored with pg_restore. \
            The recovery point is the moment the copy started: anything written after it is not in the backup.
            """)

    @OptionGroup var database: DatabaseOptions
    @ArgumentParser.Argument(help: "The file to write; it must not exist.") var file: String

    func run() async throws {
        let location = try database.configuration().database
        let started = Date()
        // Not migrated: a backup is of the database as it is, whichever Keel wrote it.
        let summary = try await StandaloneDatabase.using(location) { store in
            do {
                return try await DatabaseBackup.copy(location, using: store.database, to: file)
            } catch let failure as DatabaseBackup.Failure {
                throw CommandFailure(failure.description)
            }
        }
        let megabytes = String(format: "%.1f", Double(summary.bytes) / 1_000_000)
        print("Backed up \(location) to \(summary.file) (\(megabytes) MB, \(summary.format.rawValue)), as of \(started.formatted(.iso8601)) (its recovery point).")
    }
}
