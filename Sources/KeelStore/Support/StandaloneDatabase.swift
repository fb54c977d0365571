import FluentKit
import Foundation
import Logging
import NIOCore
import NIOPosix

/// Keel's database outside a web server — for store tests, benchmarks and tools.
public final class StandaloneDatabase: Sendable {
    public let databases: Databases
    public let logger: Logger

    public init(_ location: DatabaseLocation, logger: Logger = Logger(label: "keel.store")) throws {
        databases = Databases(threadPool: NIOThreadPool.singleton, on: MultiThreadedEventLoopGroup.singleton)
        self.logger = logger
        try location.configure(databases)
    }

    public var database: any Database {
        databases.database(logger: logger, on: databases.eventLoopGroup.any())!
    }

    public func migrate() async throws {
        try await SQLiteWriteAheadLog.enable(on: database)
        let migrations = Migrations()
        migrations.add(KeelMigrations.all)
        let migrator = Migrator(databases: databases, migrations: migrations, logger: logger, on: databases.eventLoopGroup.any(), migrationLogLevel: .debug)
        try await migrator.setupIfNeeded().get()
        try await migrator.prepareBatch().get()
        try await DerivedData.refresh(on: database)
    }

    /// Opens `location` for the duration of `body` and shuts it down afterwards, also when
    /// `body` throws.
    public static func using<Result>(
        _ location: DatabaseLocation, _ body: (StandaloneDatabase) async throws -> Result
    ) async throws -> Result {
        let store = try StandaloneDatabase(location)
        do {
            let result = try await body(store)
            await store.shutdown()
            return result
        } catch {
            await store.shutdown()
            throw error
        }
    }

    public func shutdown() async {
        await databases.shutdownAsync()
    }
}
