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

    var location: DatabaseLocation {
        get throws {
            switch self {
            case .sqlite: .sqliteMemory
            case .postgres: try DatabaseLocation(ProcessInfo.processInfo.environment["KEEL_TEST_POSTGRES_URL"]!)
            }
        }
    }
}

/// Every store suite nests in this one, so that no two tests share the PostgreSQL database at
/// the same time (each starts by dropping and re-creating its schema).
@Suite(.serialized) struct StoreSuites {}

/// A freshly migrated, empty database for one test.
func withStore(_ backend: StoreBackend, _ body: (any Database) async throws -> Void) async throws {
    let store = try StandaloneDatabase(try backend.location)
    do {
        if backend == .postgres {
            let sql = store.database as! any SQLDatabase
            try await sql.raw("DROP SCHEMA public CASCADE").run()
            try await sql.raw("CREATE SCHEMA public").run()
        }
        try await store.migrate()
        try await body(store.database)
        await store.shutdown()
    } catch {
        await store.shutdown()
        // PostgresNIO hides details from `description`; tests want them.
        Issue.record("\(backend): \(String(reflecting: error))")
        throw error
    }
}

enum StoreFixture {
    static let now = Date(timeIntervalSince1970: 1_767_571_200) // 2026-01-05

    static func demo(sellers: Int = 30, seed: UInt64 = 5, slug: String = "demo") -> DemoOrganization {
        DemoOrganizationGenerator.generate(DemoOrganizationSpec(sellers: sellers, seed: seed, slug: slug, createdAt: now))
    }
}
