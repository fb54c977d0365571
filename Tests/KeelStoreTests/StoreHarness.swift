import FluentKit
import Foundation
import KeelStore
import SalesDomain
import SQLKit
import Testing

/// The databases the store suite runs against: in-memory SQLite always, and PostgreSQL when
/// `KEEL_TEST_POSTGRES_URL` names a throwaway server (scripts/test starts one).
enum StoreBackend: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite
    case postgres

    static var available: [StoreBackend] {
        ProcessInfo.processInfo.environment["KEEL_TEST_POSTGRES_URL"].map { $0.isEmpty ? [.sqlite] : [.sqlite, .postgres] } ?? [.sqlite]
    }

    var testDescription: String { rawValue }

}

/// The store suites run in parallel, each test on a database of its own: a fresh in-memory
/// SQLite database, or a PostgreSQL database copied from a template migrated once per run
/// (`CREATE DATABASE … TEMPLATE`, a file copy, instead of migrating again for every test). Tests
/// that start from the same generated history get copies of one seeded database
/// (`withStore(_:seeded:_:)`).
@Suite("Store suites, in parallel") struct StoreSuites {}

/// A freshly migrated, empty database for one test.
func withStore(_ backend: StoreBackend, _ body: (any Database) async throws -> Void) async throws {
    await StoreTestSlots.shared.acquire()
    do {
        try await withFreshStore(backend, body)
        await StoreTestSlots.shared.release()
    } catch {
        await StoreTestSlots.shared.release()
        throw error
    }
}

private func withFreshStore(_ backend: StoreBackend, _ body: (any Database) async throws -> Void) async throws {
    let location: DatabaseLocation
    var dropAfterwards: String?
    switch backend {
    case .sqlite:
        location = .sqliteMemory
    case .postgres:
        do {
            let copy = try await PostgresTemplate.shared.copy()
            location = .postgres(url: copy.url)
            dropAfterwards = copy.name
        } catch {
            Issue.record("postgres: a database for the test: \(String(reflecting: error))")
            throw error
        }
    }
    let store = try StandaloneDatabase(location)
    do {
        if backend == .sqlite { try await store.migrate() }
        try await body(store.database)
        await store.shutdown()
    } catch {
        await store.shutdown()
        // PostgresNIO hides details from `description`; tests want them.
        Issue.record("\(backend): \(String(reflecting: error))")
        if let dropAfterwards { try? await PostgresTemplate.shared.drop(dropAfterwards) }
        throw error
    }
    if let dropAfterwards { try await PostgresTemplate.shared.drop(dropAfterwards) }
}

/// What several tests start from, stored once per run and backend: the first test that asks
/// seeds a database of its own, and every test (that one too) gets a copy of it — a file copy on
/// SQLite, `CREATE DATABASE … TEMPLATE` on PostgreSQL. Seeding a generated organization's half
/// year is most of what such a test costs, and on PostgreSQL most of that is encoding the rows'
/// bound values in a debug build.
///
/// `name` tells seedings apart, so two seedings must never share one; `value` is what the
/// seeding returns (the generated organization, say), kept from the one run and handed to every
/// test.
struct StoreSeeding<Value: Sendable>: Sendable {
    let name: String
    let seed: @Sendable (any Database) async throws -> Value

    init(_ name: String, seed: @escaping @Sendable (any Database) async throws -> Value) {
        self.name = name
        self.seed = seed
    }
}

/// A copy of the seeded database for one test, with the seeding's value.
func withStore<Value: Sendable>(
    _ backend: StoreBackend, seeded seeding: StoreSeeding<Value>, _ body: (any Database, Value) async throws -> Void
) async throws {
    await StoreTestSlots.shared.acquire()
    do {
        try await SeededStores.shared.withCopy(backend, of: seeding, body)
        await StoreTestSlots.shared.release()
    } catch {
        await StoreTestSlots.shared.release()
        throw error
    }
}

/// The seeded databases of this run, each made by whichever test asks first while the others
/// wait for the same task.
actor SeededStores {
    static let shared = SeededStores()

    private struct Seeded: Sendable {
        /// The SQLite file or the PostgreSQL database the copies are made from.
        var original: String
        var value: any Sendable
    }

    private var seeded: [String: Task<Seeded, any Error>] = [:]
    private var copies = 0

    /// SQLite files live in memory where the machine offers it (a test's commits then cost no
    /// disk flush) and go when the test process ends.
    private static let folder: URL = {
        let shared = URL(fileURLWithPath: "/dev/shm")
        let base = FileManager.default.isWritableFile(atPath: shared.path) ? shared : FileManager.default.temporaryDirectory
        let folder = base.appendingPathComponent("keel-store-tests-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: SeededStores.folder) }
        return folder
    }()

    nonisolated func withCopy<Value: Sendable>(
        _ backend: StoreBackend, of seeding: StoreSeeding<Value>, _ body: (any Database, Value) async throws -> Void
    ) async throws {
        let original: Seeded
        do {
            original = try await self.original(backend, seeding)
        } catch {
            Issue.record("\(backend): seeding \(seeding.name): \(String(reflecting: error))")
            throw error
        }
        let value = original.value as! Value
        switch backend {
        case .sqlite:
            let copy = Self.folder.appendingPathComponent("\(seeding.name)-\(await nextCopy()).sqlite").path
            try FileManager.default.copyItem(atPath: original.original, toPath: copy)
            defer { Self.remove(copy) }
            try await run(.sqliteFile(path: copy), backend) { try await body($0, value) }
        case .postgres:
            let copy = try await PostgresTemplate.shared.copy(of: original.original)
            do {
                try await run(.postgres(url: copy.url), backend) { try await body($0, value) }
            } catch {
                try? await PostgresTemplate.shared.drop(copy.name)
                throw error
            }
            try await PostgresTemplate.shared.drop(copy.name)
        }
    }

    private func nextCopy() -> Int {
        copies += 1
        return copies
    }

    private nonisolated func run(_ location: DatabaseLocation, _ backend: StoreBackend, _ body: (any Database) async throws -> Void) async throws {
        do {
            try await StandaloneDatabase.using(location) { try await body($0.database) }
        } catch {
            Issue.record("\(backend): \(String(reflecting: error))")
            throw error
        }
    }

    private func original<Value: Sendable>(_ backend: StoreBackend, _ seeding: StoreSeeding<Value>) async throws -> Seeded {
        let key = "\(backend.rawValue)/\(seeding.name)"
        if let made = seeded[key] { return try await made.value }
        let making = Task { () async throws -> Seeded in
            switch backend {
            case .sqlite:
                let path = Self.folder.appendingPathComponent("\(seeding.name).sqlite").path
                let value = try await StandaloneDatabase.using(.sqliteFile(path: path)) { store in
                    try await store.migrate()
                    let value = try await seeding.seed(store.database)
                    // The copies are of the main file alone.
                    try await (store.database as! any SQLDatabase).raw("PRAGMA wal_checkpoint(TRUNCATE)").run()
                    return value
                }
                return Seeded(original: path, value: value)
            case .postgres:
                let database = try await PostgresTemplate.shared.copy()
                let value = try await StandaloneDatabase.using(.postgres(url: database.url)) { try await seeding.seed($0.database) }
                return Seeded(original: database.name, value: value)
            }
        }
        seeded[key] = making
        return try await making.value
    }

    private static func remove(_ path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}

/// At most a few store tests at once: each holds a database with a generated organization, and
/// PostgreSQL allows only so many connections.
actor StoreTestSlots {
    static let shared = StoreTestSlots(slots: 4)

    private var free: Int
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(slots: Int) {
        free = slots
    }

    func acquire() async {
        if free > 0 {
            free -= 1
        } else {
            await withCheckedContinuation { waiting.append($0) }
        }
    }

    func release() {
        if waiting.isEmpty { free += 1 } else { waiting.removeFirst().resume() }
    }
}

/// The PostgreSQL server of `KEEL_TEST_POSTGRES_URL`, with a migrated template database made
/// on first use and a new copy of it per test.
actor PostgresTemplate {
    static let shared = PostgresTemplate()

    private var admin: StandaloneDatabase?
    private var template: Task<String, any Error>?
    private var copies = 0

    private var baseURL: String {
        get throws {
            guard let url = ProcessInfo.processInfo.environment["KEEL_TEST_POSTGRES_URL"], !url.isEmpty else {
                throw NoServer()
            }
            return url
        }
    }

    /// The server's URL with another database name.
    private func url(of database: String) throws -> String {
        guard var components = URLComponents(string: try baseURL) else { throw NoServer() }
        components.path = "/" + database
        return components.string!
    }

    private func adminSQL() throws -> any SQLDatabase {
        if admin == nil { admin = try StandaloneDatabase(.postgres(url: try baseURL)) }
        return admin!.database as! any SQLDatabase
    }

    /// Made once, by whichever test comes first; the others wait for the same task.
    private func templateName() async throws -> String {
        if let template { return try await template.value }
        let name = "keel_template_\(ProcessInfo.processInfo.processIdentifier)"
        let sql = try adminSQL()
        let templateURL = try url(of: name)
        let making = Task {
            try await sql.raw("DROP DATABASE IF EXISTS \(unsafeRaw: name)").run()
            try await sql.raw("CREATE DATABASE \(unsafeRaw: name)").run()
            try await StandaloneDatabase.using(.postgres(url: templateURL)) { try await $0.migrate() }
            return name
        }
        template = making
        return try await making.value
    }

    /// A new database holding the migrated, empty schema, or a copy of `original`.
    func copy(of original: String? = nil) async throws -> (name: String, url: String) {
        let template = if let original { original } else { try await templateName() }
        copies += 1
        let name = "\(template)_\(copies)"
        let sql = try adminSQL()
        // PostgreSQL refuses to copy a template while another copy of it is being made ("source
        // database is being accessed by other users"), and this actor's awaits interleave.
        for attempt in 1... {
            do {
                try await sql.raw("CREATE DATABASE \(unsafeRaw: name) TEMPLATE \(unsafeRaw: template)").run()
                break
            } catch where attempt < 50 {
                try await Task.sleep(for: .milliseconds(50 * min(attempt, 10)))
            }
        }
        return (name, try url(of: name))
    }

    struct NoServer: Error {}

    func drop(_ name: String) async throws {
        try await adminSQL().raw("DROP DATABASE IF EXISTS \(unsafeRaw: name)").run()
    }
}

enum StoreFixture {
    static let now = Date(timeIntervalSince1970: 1_767_571_200) // 2026-01-05

    static func demo(sellers: Int = 30, seed: UInt64 = 5, slug: String = "demo") -> DemoOrganization {
        DemoOrganizationGenerator.generate(DemoOrganizationSpec(sellers: sellers, seed: seed, slug: slug, createdAt: now))
    }
}
