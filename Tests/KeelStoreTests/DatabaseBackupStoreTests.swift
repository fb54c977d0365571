import FluentKit
import Foundation
@testable import KeelStore
import SalesDomain
import SQLKit
import Testing

extension StoreSuites {
    /// `keel backup` and `keel restore` on SQLite files (PostgreSQL's are pg_dump's and pg_restore's).
    @Suite struct DatabaseBackupStoreTests {
        /// A folder of its own, removed afterwards.
        func withFolder(_ body: (URL) async throws -> Void) async throws {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("keel-backup-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            try await body(folder)
        }

        func count(_ table: String, on database: any Database, where condition: String = "1 = 1") async throws -> Int {
            try await (database as! any SQLDatabase).raw("SELECT COUNT(*) AS n FROM \(ident: table) WHERE \(unsafeRaw: condition)")
                .first()!.decode(column: "n", as: Int.self)
        }

        @Test func aBackupTakenWhileAnotherTaskWritesIsConsistentAndRestores() async throws {
            try await withFolder { folder in
                // setup
                let live = DatabaseLocation.sqliteFile(path: folder.appendingPathComponent("keel.sqlite").path)
                let backup = folder.appendingPathComponent("backup.sqlite").path
                let demo = StoreFixture.demo(sellers: 12)
                let parent = try #require(demo.teams.first { $0.parentID == nil })
                let (before, after) = try await StandaloneDatabase.using(live) { store in
                    try await store.migrate()
                    try await Organizations(database: store.database).store(demo, passwordHashes: [:])
                    let before = try await count("teams", on: store.database)

                    // MUT: teams keep being added, each with its audit event in one transaction, while the backup runs.
                    let writer = Task {
                        for index in 0..<40 {
                            _ = try await Directory(database: store.database, organizationID: demo.organization.id).addTeam(
                                TeamDraft(name: "During backup \(index)", parentID: parent.id, marketID: nil), actor: nil, at: StoreFixture.now)
                        }
                    }
                    try await Task.sleep(for: .milliseconds(20))
                    _ = try await DatabaseBackup.copy(live, using: store.database, to: backup)
                    try await writer.value
                    return (before, try await count("teams", on: store.database))
                }

                // validate: the copy is one moment of the database — every team added has its audit event.
                let restored = DatabaseLocation.sqliteFile(path: folder.appendingPathComponent("restored/keel.sqlite").path)
                let summary = try await DatabaseRestore.restore(backup: backup, over: restored)
                #expect(summary.inspection.pending.isEmpty)
                #expect(summary.inspection.organizations == 1)
                try await StandaloneDatabase.using(restored) { store in
                    try await store.migrate()
                    let teams = try await count("teams", on: store.database)
                    let added = try await count("teams", on: store.database, where: "name LIKE 'During backup %'")
                    let audited = try await count("audit_events", on: store.database,
                                                  where: "entity = 'team' AND action = 'created' AND changes LIKE '%During backup%'")
                    #expect(teams >= before && teams <= after)
                    #expect(teams == before + added)
                    #expect(audited == added)
                }
            }
        }

        @Test func restoringReplacesTheDatabaseAndAnOlderSchemaIsMigratedOnStart() async throws {
            try await withFolder { folder in
                let livePath = folder.appendingPathComponent("keel.sqlite").path
                let live = DatabaseLocation.sqliteFile(path: livePath)
                let backup = folder.appendingPathComponent("backup.sqlite").path
                let demo = StoreFixture.demo(sellers: 6)
                try await StandaloneDatabase.using(live) { store in
                    try await store.migrate()
                    try await Organizations(database: store.database).store(demo, passwordHashes: [:])
                    _ = try await DatabaseBackup.copy(live, using: store.database, to: backup)
                    // After the backup: a change the restore must undo, and one migration undone to stand for an older release.
                    try await (store.database as! any SQLDatabase).raw("DELETE FROM audit_events").run()
                    _ = try await Directory(database: store.database, organizationID: demo.organization.id).addTeam(
                        TeamDraft(name: "After backup", parentID: nil, marketID: nil), actor: nil, at: StoreFixture.now)
                }
                let teams = demo.teams.count
                try await StandaloneDatabase.using(.sqliteFile(path: backup)) { store in
                    let last = try #require(KeelMigrations.all.last?.name)
                    try await (store.database as! any SQLDatabase).raw("DELETE FROM _fluent_migrations WHERE name = \(bind: last)").run()
                }

                // MUT
                let summary = try await DatabaseRestore.restore(backup: backup, over: live)

                // validate
                #expect(summary.inspection.pending == [KeelMigrations.all.last!.name])
                #expect(!FileManager.default.fileExists(atPath: livePath + "-wal"))
                let (storedTeams, storedPeople) = try await StandaloneDatabase.using(live) { store in
                    (try await count("teams", on: store.database), try await count("people", on: store.database))
                }
                #expect(storedTeams == teams)
                #expect(storedPeople == demo.people.count)
                let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".") }
                #expect(leftovers.isEmpty)
            }
        }

        @Test func aBackupWithANewerSchemaIsRefusedAndNothingIsReplaced() async throws {
            try await withFolder { folder in
                let live = DatabaseLocation.sqliteFile(path: folder.appendingPathComponent("keel.sqlite").path)
                let backup = folder.appendingPathComponent("backup.sqlite").path
                try await StandaloneDatabase.using(live) { store in
                    try await store.migrate()
                    _ = try await DatabaseBackup.copy(live, using: store.database, to: backup)
                    try await Organizations(database: store.database).store(StoreFixture.demo(sellers: 4), passwordHashes: [:])
                }
                try await StandaloneDatabase.using(.sqliteFile(path: backup)) { store in
                    try await (store.database as! any SQLDatabase).raw("""
                        INSERT INTO _fluent_migrations (id, name, batch, created_at, updated_at)
                        VALUES (\(bind: UUID()), 'KeelStore.AddSomethingFromTheFuture', 99, NULL, NULL)
                        """).run()
                }

                // MUT
                let refusal = await #expect(throws: BackupInspection.Refusal.self) {
                    try await DatabaseRestore.restore(backup: backup, over: live)
                }

                // validate
                #expect(refusal?.description.contains("newer Keel") == true)
                #expect(refusal?.description.contains("AddSomethingFromTheFuture") == true)
                let organizations = try await StandaloneDatabase.using(live) { store in
                    try await count("organizations", on: store.database)
                }
                #expect(organizations == 1)
            }
        }

        @Test(arguments: ["not a database", "sqlite without keel", "damaged"])
        func aFileThatIsNotAWholeKeelDatabaseIsRefused(_ kind: String) async throws {
            try await withFolder { folder in
                let live = DatabaseLocation.sqliteFile(path: folder.appendingPathComponent("keel.sqlite").path)
                let backup = folder.appendingPathComponent("backup.sqlite")
                switch kind {
                case "not a database":
                    try Data(repeating: 0x41, count: 8192).write(to: backup)
                case "sqlite without keel":
                    try await StandaloneDatabase.using(.sqliteFile(path: backup.path)) { store in
                        try await (store.database as! any SQLDatabase).raw("CREATE TABLE notes (text TEXT)").run()
                    }
                default:
                    try await StandaloneDatabase.using(live) { store in
                        try await store.migrate()
                        try await Organizations(database: store.database).store(StoreFixture.demo(sellers: 20), passwordHashes: [:])
                        _ = try await DatabaseBackup.copy(live, using: store.database, to: backup.path)
                    }
                    // Pages in the middle overwritten, as a bad disk or a half copy would leave them.
                    var bytes = try Data(contentsOf: backup)
                    let middle = bytes.count / 2
                    bytes.replaceSubrange(middle..<(middle + 8192), with: Data(repeating: 0x5A, count: 8192))
                    try bytes.write(to: backup)
                }

                let refusal = await #expect(throws: BackupInspection.Refusal.self) {
                    try await DatabaseRestore.restore(backup: backup.path, over: live)
                }
                let expected = ["not a database": "not a SQLite database", "sqlite without keel": "not a Keel database", "damaged": "damaged"][kind]!
                #expect(refusal?.description.contains(expected) == true, "\(refusal?.description ?? "")")
            }
        }

        @Test func aBackupNeverOverwritesAFile() async throws {
            try await withFolder { folder in
                let live = DatabaseLocation.sqliteFile(path: folder.appendingPathComponent("keel.sqlite").path)
                let existing = folder.appendingPathComponent("existing.sqlite")
                try Data("keep me".utf8).write(to: existing)
                try await StandaloneDatabase.using(live) { store in
                    try await store.migrate()
                    await #expect(throws: DatabaseBackup.Failure.self) {
                        try await DatabaseBackup.copy(live, using: store.database, to: existing.path)
                    }
                }
                #expect(try String(contentsOf: existing, encoding: .utf8) == "keep me")
            }
        }
    }
}
