import ArgumentParser
import Foundation
import KeelServer
import KeelStore
import SalesDomain

struct PersonCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "person", abstract: "A person's data.", subcommands: [Export.self, Erase.self])

    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write everything stored about a person as JSON (GDPR articles 15 and 20); the export is audited.")

        @OptionGroup var database: DatabaseOptions
        @ArgumentParser.Argument(help: "The person's e-mail address.") var email: String
        @ArgumentParser.Option(name: [.short, .long], help: "The file to write (default: standard output).") var output: String?

        func run() async throws {
            try await KeelRuntime.withApplication(try database.configuration()) { app in
                let person = try await User.person(email: email, on: app)
                let export = try await PersonalData(database: app.db, organizationID: person.organizationID)
                    .export(person.id, for: nil, format: "json", at: Date())
                let data = try PersonExportJSON.encode(export)
                if let output {
                    try data.write(to: URL(fileURLWithPath: output), options: .withoutOverwriting)
                    print("Wrote the data of \(person.name) <\(person.email)> to \(output) (\(data.count) bytes).")
                } else {
                    FileHandle.standardOutput.write(data)
                }
            }
        }
    }
}
