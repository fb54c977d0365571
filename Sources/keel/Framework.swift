import ArgumentParser
import Foundation
import KeelImport
import KeelServer
import KeelStore
import SalesDomain


/// `keel framework import|export`: competency frameworks as YAML or JSON files, for editing
/// outside Keel and moving between installations.
struct FrameworkCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "framework",
        abstract: "Import or export a competency framework as a YAML or JSON file.",
        subcommands: [FrameworkImport.self, FrameworkExport.self])
}

struct FrameworkImport: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a framework file as the next version of its framework (by key), as a draft.",
        discussion: "Every problem of a broken file is printed with its line and column, and nothing is stored.")

    @OptionGroup var database: DatabaseOptions

    @ArgumentParser.Argument(help: "The YAML or JSON file.")
    var file: String

    @ArgumentParser.Option(help: "Organization slug (may be left out when the database has one organization).")
    var organization: String?

    @ArgumentParser.Flag(help: "Publish the imported version at once; a published version never changes.")
    var publish = false

    func run() async throws {
        guard let data = FileManager.default.contents(atPath: file) else { throw ValidationError("no readable file at \(file)") }
        let document: FrameworkDocument
        do {
            document = try FrameworkFile.parse(data)
        } catch {
            throw CommandFailure(error.problems.map { "\(file): \(Localizer(.english).describe($0))" }.joined(separator: "\n"))
        }
        let configuration = try database.configuration()
        try await KeelRuntime.withApplication(configuration) { app in
            let organization = try await KeelRuntime.organization(slug: organization, on: app)
            let store = CompetenceStore(database: app.db, organizationID: organization.id)
            do {
                var framework = try await store.importFramework(document, actor: nil, at: Date())
                if publish { framework = try await store.publish(framework.reference, actor: nil, at: Date()) }
                print("Imported '\(framework.key)' as version \(framework.version) (\(framework.status.rawValue)): "
                    + "\(framework.areas.count) areas, \(framework.competencies.count) competencies, scale \(framework.scale).")
            } catch let error as FieldError {
                throw CommandFailure("\(error.field): \(Localizer(.english)(error.problem))")
            } catch let error as FrameworkValidationError {
                throw CommandFailure(error.problems.map { "\(file): \(Localizer(.english).describe($0))" }.joined(separator: "\n"))
            }
        }
    }
}

struct FrameworkExport: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a framework version as a YAML or JSON file (to standard output unless --output is given).")

    @OptionGroup var database: DatabaseOptions

    @ArgumentParser.Argument(help: "The framework's key, e.g. nordic-b2b.")
    var key: String

    @ArgumentParser.Option(help: "The version; default: the newest.")
    var version: Int?

    @ArgumentParser.Option(help: "yaml or json; default: from --output's extension, else yaml.")
    var format: String?

    @ArgumentParser.Option(name: .shortAndLong, help: "The file to write.")
    var output: String?

    @ArgumentParser.Option(help: "Organization slug (may be left out when the database has one organization).")
    var organization: String?

    func run() async throws {
        let chosen: FrameworkFileFormat
        if let format {
            guard let parsed = FrameworkFileFormat(rawValue: format.lowercased()) else { throw ValidationError("--format must be yaml or json") }
            chosen = parsed
        } else {
            chosen = output.flatMap { FrameworkFileFormat(fileExtension: URL(fileURLWithPath: $0).pathExtension) } ?? .yaml
        }
        let configuration = try database.configuration()
        let data = try await KeelRuntime.withApplication(configuration) { app in
            let organization = try await KeelRuntime.organization(slug: organization, on: app)
            let versions = try await CompetenceStore(database: app.db, organizationID: organization.id).frameworkVersions()
                .filter { $0.key == key }
            guard let framework = version.map({ wanted in versions.first { $0.version == wanted } }) ?? versions.max(by: { $0.version < $1.version })
            else {
                let known = versions.map { "v\($0.version)" }.joined(separator: ", ")
                throw CommandFailure(versions.isEmpty ? "no framework with key '\(key)'" : "'\(key)' has no version \(version!); it has \(known)")
            }
            return try FrameworkDocument(framework).encoded(as: chosen)
        }
        if let output {
            try data.write(to: URL(fileURLWithPath: output))
        } else {
            FileHandle.standardOutput.write(data)
        }
    }
}
