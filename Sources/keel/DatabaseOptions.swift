import ArgumentParser
import Foundation
import KeelServer
import KeelStore
import Logging
import SalesDomain
import Vapor

/// Options every command that opens the database shares.
struct DatabaseOptions: ParsableArguments {
    @ArgumentParser.Option(name: .customLong("database-url"),
            help: "sqlite:PATH or postgres://user:password@host:port/database (default: KEEL_DATABASE_URL, else sqlite:keel-data/keel.sqlite).")
    var databaseURL: String?

    /// The configuration from the environment with these flags on top.
    func configuration() throws -> KeelConfiguration {
        var configuration = try KeelConfiguration.fromEnvironment()
        if let databaseURL {
            do { configuration.database = try DatabaseLocation(databaseURL) } catch {
                throw ValidationError("--database-url: \(error)")
            }
        }
        return configuration
    }
}

/// A command that could not do its work, for a reason in the data rather than in how it was
/// called (which ArgumentParser's `ValidationError` is for, and answers with the usage text).
struct CommandFailure: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}

enum KeelRuntime {
    /// Writes a line to standard output unbuffered, so a long-running server's messages reach
    /// a pipe or log file at once rather than at exit.
    static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    private static let loggingOnce: Void = {
        let level = ProcessInfo.processInfo.environment["KEEL_LOG_LEVEL"].flatMap { Logger.Level(rawValue: $0.lowercased()) } ?? .info
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
    }()

    /// A configured, migrated application for one command; the caller shuts it down.
    static func application(_ configuration: KeelConfiguration, migrate: Bool = true) async throws -> Application {
        _ = loggingOnce
        let app = try await Application.make(Environment(name: "production", arguments: ["keel"]))
        do {
            try await KeelApp.configure(app, configuration: configuration)
            if migrate { try await KeelApp.migrate(app) }
            return app
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
    }

    static func withApplication<Result>(
        _ configuration: KeelConfiguration, _ body: (Application) async throws -> Result
    ) async throws -> Result {
        let app = try await application(configuration)
        do {
            let result = try await body(app)
            try await app.asyncShutdown()
            return result
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
    }

    /// The organization a command acts in: the one named, or the only one there is.
    static func organization(slug: String?, on app: Application) async throws -> Organization {
        let organizations = try await Organizations(database: app.db).all()
        if let slug {
            guard let found = organizations.first(where: { $0.slug == slug }) else {
                throw CommandFailure("no organization with slug '\(slug)'; known: \(organizations.map(\.slug).joined(separator: ", "))")
            }
            return found
        }
        guard organizations.count == 1 else {
            throw CommandFailure("--organization is needed; known: \(organizations.map(\.slug).joined(separator: ", "))")
        }
        return organizations[0]
    }
}
