import FluentKit
import Foundation
import SQLKit

/// Puts a SQLite backup in place of a database file.
///
/// The backup is first copied beside the target and the copy inspected
/// (``BackupInspection``), so what is checked is exactly what is installed and the backup
/// itself is never opened for writing; the copy is synced and renamed over the target in one
/// step, so a crash leaves the old database or the new one, never a mix. The target's `-wal`
/// and `-shm` files are removed first: a log left by the old database would otherwise be
/// replayed into the restored one. PostgreSQL is restored with `pg_restore`, not here.
public enum DatabaseRestore {
    public struct Summary: Sendable, Equatable {
        public var inspection: BackupInspection
        public var target: String
    }

    public static func restore(backup: String, over location: DatabaseLocation) async throws -> Summary {
        let target: String
        switch location {
        case .sqliteFile(let path): target = path
        case .sqliteMemory: throw BackupInspection.Refusal(description: "an in-memory database cannot be restored into")
        case .postgres:
            throw BackupInspection.Refusal(description: """
                keel restore replaces a SQLite file; restore a PostgreSQL backup made by keel backup with \
                pg_restore --clean --if-exists --no-owner --dbname=URL FILE, with Keel stopped
                """)
        }
        guard FileManager.default.fileExists(atPath: backup) else {
            throw BackupInspection.Refusal(description: "\(backup) does not exist")
        }
        if let holder = SQLiteFileUse.holder(of: target) {
            throw BackupInspection.Refusal(description: "\(target) is open in process \(holder) (a running Keel?); stop it, then restore")
        }
        let folder = URL(fileURLWithPath: target).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let staging = folder.appendingPathComponent(".\(URL(fileURLWithPath: target).lastPathComponent).restoring-\(UUID().uuidString)").path
        defer {
            for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: staging + suffix) }
        }
        try FileManager.default.copyItem(atPath: backup, toPath: staging)
        let inspection = try await StandaloneDatabase.using(.sqliteFile(path: staging)) { store in
            let inspection = try await BackupInspection.inspect(store.database)
            // Installed as a plain rollback-journal file, whole in its one file: Keel turns the
            // write-ahead log back on when it starts.
            try await (store.database as! any SQLDatabase).raw("PRAGMA journal_mode=DELETE").run()
            return inspection
        }
        try DurableFile.sync(staging)
        // Checked again just before the swap: the inspection took a while.
        if let holder = SQLiteFileUse.holder(of: target) {
            throw BackupInspection.Refusal(description: "\(target) is open in process \(holder) (a running Keel?); stop it, then restore")
        }
        for suffix in ["-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: target + suffix) }
        try DurableFile.move(staging, over: target)
        return Summary(inspection: inspection, target: target)
    }
}
