import Foundation

/// Runs PostgreSQL's own `pg_dump`: Keel does not reimplement a dump of a server it does not
/// own, and `pg_dump` takes one consistent snapshot while others write.
enum PostgresDump {
    static func run(url: String, into file: String) throws {
        guard let executable = executable() else {
            throw DatabaseBackup.Failure(description: """
                pg_dump was not found on PATH or under /usr/lib/postgresql/*/bin; install PostgreSQL's client tools \
                (Debian: apt-get install postgresql-client) in the same major version as the server, or back up with your own pg_dump
                """)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["--format=custom", "--no-owner", "--file=\(file)", "--dbname=\(url)"]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw DatabaseBackup.Failure(description: "pg_dump (\(executable)) failed: \(String(decoding: message, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))")
        }
    }

    /// The first `pg_dump` on PATH, else the newest one Debian's packages install.
    static func executable() -> String? {
        let fileManager = FileManager.default
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") where fileManager.isExecutableFile(atPath: "\(folder)/pg_dump") {
            return "\(folder)/pg_dump"
        }
        let versions = (try? fileManager.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? []
        return versions.sorted { $0.compare($1, options: .numeric) == .orderedDescending }
            .map { "/usr/lib/postgresql/\($0)/bin/pg_dump" }
            .first { fileManager.isExecutableFile(atPath: $0) }
    }
}
