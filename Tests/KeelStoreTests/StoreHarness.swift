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
/// (`CREATE DATABASE … TEMPLATE`, a file copy, instead of migrating again for every test).
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

    /// A new database holding the migrated, empty schema.
    func copy() async throws -> (name: String, url: String) {
        let template = try await templateName()
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
