import ArgumentParser
import Foundation
import KeelImport
import KeelStore
import SalesDomain

/// Imports a generated activity export into a fresh SQLite file through Keel's importer, then
/// loads the same file with the `sqlite3` shell's `.import` into a bare table, and prints both
/// times and their ratio (SPEC §2 target: at most 2×).
struct ImportBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: "Keel's activity import against sqlite3 .import.")

    @Option(help: "Rows in the generated CSV.") var rows: Int = 1_000_000
    @Option(help: "Sellers owning the activities.") var sellers: Int = 1_000
    @Option(help: "Scratch folder (the CSV and both databases go here).") var scratch: String = NSTemporaryDirectory() + "keel-bench-import"

    func run() async throws {
        let folder = URL(fileURLWithPath: scratch)
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let csv = folder.appendingPathComponent("activities.csv")
        let demo = DemoOrganizationGenerator.generate(DemoOrganizationSpec(sellers: sellers, seed: 9, slug: "bench", createdAt: Date()))
        let owners = demo.people.filter { $0.accessRole == .seller }.map(\.email)
        let bytes = try ActivityExport.write(rows: rows, owners: owners, to: csv)
        print("Generated \(rows) activity rows (\(bytes / 1_000_000) MB) for \(owners.count) sellers.")

        let keelDatabase = folder.appendingPathComponent("keel.sqlite").path
        let store = try StandaloneDatabase(try DatabaseLocation("sqlite:\(keelDatabase)"))
        do {
            try await store.migrate()
            try await Organizations(database: store.database).store(demo, passwordHashes: [:])
        } catch {
            await store.shutdown()
            throw error
        }
        let mapping = BuiltInMappings.named("hubspot-engagements")!
        var summary: ImportSummary?
        let keelSeconds: Double
        do {
            keelSeconds = try await seconds {
                let stream = try RecordStream.activities(try CSVReader(fileAt: csv), mapping: mapping)
                summary = try await CRMImport(database: store.database, organizationID: demo.organization.id)
                    .importActivities(stream, options: .init(fileName: "activities.csv", mapping: mapping.name, asOf: Date(), dryRun: false))
            }
            await store.shutdown()
        } catch {
            await store.shutdown()
            throw error
        }
        guard let summary, !summary.isRejected else { throw ValidationError("the import was rejected: \(summary?.report ?? "")") }

        let shellDatabase = folder.appendingPathComponent("shell.sqlite").path
        let shellSeconds = try await seconds { try SQLiteShell.importCSV(csv, into: shellDatabase, table: "activities") }

        print(String(format: "keel import:      %8.2f s  (%.0f rows/s, %d inserted)", keelSeconds, Double(rows) / keelSeconds, summary.inserted))
        print(String(format: "sqlite3 .import:  %8.2f s  (%.0f rows/s)", shellSeconds, Double(rows) / shellSeconds))
        print(String(format: "ratio keel / sqlite3: %.2f× (target ≤ 2×)", keelSeconds / shellSeconds))
    }
}

/// A HubSpot engagements export, as `hubspot-engagements` reads it.
enum ActivityExport {
    static let types = ["Call", "Meeting", "Email", "Prospecting", "Demo", "Follow up", "CRM admin", "Internal meeting"]

    static func write(rows: Int, owners: [String], to url: URL) throws -> Int {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else { throw ValidationError("can't write \(url.path)") }
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        var buffer = "Record ID,Activity type,Activity title,Activity assigned to,Activity date,Completed date,Duration (minutes),Associated Deal\n"
        var written = 0
        var generator = SeededGenerator(seed: 17)
        let start = Date(timeIntervalSince1970: 1_735_689_600) // 2025-01-01
        for row in 0..<rows {
            let day = Int.random(in: 0..<330, using: &generator)
            let planned = start.addingTimeInterval(Double(day) * 86_400)
            let done = Bool.random(using: &generator) ? iso(planned.addingTimeInterval(Double(Int.random(in: 0..<4, using: &generator)) * 86_400)) : ""
            buffer += "HS-\(row),\(types[row % types.count]),Activity \(row),\(owners[row % owners.count]),\(iso(planned)),\(done),\(15 * Int.random(in: 1...8, using: &generator)),\n"
            if buffer.utf8.count > 1 << 20 {
                written += buffer.utf8.count
                handle.write(Data(buffer.utf8))
                buffer = ""
            }
        }
        written += buffer.utf8.count
        handle.write(Data(buffer.utf8))
        return written
    }

    private static func iso(_ date: Date) -> String {
        let days = Int(date.timeIntervalSince1970 / 86_400)
        let (year, month, day) = civil(fromDays: days)
        return String(format: "%04d-%02d-%02d", year, month, day)
    }

    /// Howard Hinnant's days-to-civil, so generating a million dates costs no calendar calls.
    private static func civil(fromDays days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}

/// The `sqlite3` command-line shell (Debian package `sqlite3`), the reference for raw speed.
enum SQLiteShell {
    static func importCSV(_ csv: URL, into database: String, table: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [database]
        let input = Pipe()
        process.standardInput = input
        try process.run()
        input.fileHandleForWriting.write(Data("""
            CREATE TABLE \(table) (record_id TEXT, type TEXT, title TEXT, owner TEXT, planned TEXT, done TEXT, minutes INTEGER, deal TEXT);
            .import --csv --skip 1 \(csv.path) \(table)

            """.utf8))
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw ValidationError("sqlite3 failed (is the sqlite3 package installed?)") }
    }
}
