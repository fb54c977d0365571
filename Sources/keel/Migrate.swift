import ArgumentParser
import KeelServer

struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Bring the database schema up to date, then exit.")

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let configuration = try database.configuration()
        try await KeelRuntime.withApplication(configuration) { _ in
            print("Database \(configuration.database) is up to date.")
        }
    }
}
