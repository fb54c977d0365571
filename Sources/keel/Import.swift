import ArgumentParser
import Foundation
import KeelImport
import KeelServer
import KeelStore
import SalesDomain

struct Import: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Import a CRM export (CSV): deals, activities, people, accounts or products.",
        discussion: """
        The file is read as a stream and imported in one transaction: every row or none. Rows are
        matched by external id (deals, activities), e-mail (people) or name (accounts, products),
        so importing the same file twice changes nothing; a later export with other stages records
        the stage changes, dated --as-of.

        Built-in mappings: \(BuiltInMappings.all.map(\.name).joined(separator: ", ")).
        Or give the path of a YAML mapping file (see README).
        """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "What the file holds: \(ImportKind.allCases.map(\.rawValue).joined(separator: ", ")).")
    var kind: String

    @Argument(help: "The CSV file.")
    var file: String

    @ArgumentParser.Option(help: "A built-in mapping name or a YAML mapping file.")
    var mapping: String

    @ArgumentParser.Option(help: "Organization slug (may be left out when the database has one organization).")
    var organization: String?

    @ArgumentParser.Option(name: .customLong("as-of"), help: "The date the export was taken (YYYY-MM-DD); default: now.")
    var asOf: String?

    @ArgumentParser.Flag(name: .customLong("dry-run"), help: "Check the file and report what would change, without writing.")
    var dryRun = false

    func run() async throws {
        guard let kind = ImportKind(rawValue: kind) else {
            throw ValidationError("'\(kind)' is not one of \(ImportKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let columnMapping = try Self.mapping(named: mapping)
        guard columnMapping.kind == kind else {
            throw ValidationError("mapping '\(columnMapping.name)' is for \(columnMapping.kind.rawValue), not \(kind.rawValue)")
        }
        var date = Date()
        if let asOf {
            guard let parsed = DateColumnFormat.iso.parse(Substring(asOf)) else { throw ValidationError("--as-of '\(asOf)' is not a YYYY-MM-DD date") }
            date = parsed
        }
        let url = URL(fileURLWithPath: file)
        guard FileManager.default.fileExists(atPath: url.path) else { throw ValidationError("no file at \(file)") }
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        let progress = ProgressBar(total: size)
        let reader = try CSVReader(fileAt: url, separator: columnMapping.delimiter, encoding: nil, progress: { progress.update($0) })

        let configuration = try database.configuration()
        let summary = try await KeelRuntime.withApplication(configuration) { app in
            let organization = try await KeelRuntime.organization(slug: organization, on: app)
            let importer = CRMImport(database: app.db, organizationID: organization.id)
            let options = CRMImport.Options(fileName: url.lastPathComponent, mapping: columnMapping.name, asOf: date, dryRun: dryRun)
            do {
                switch kind {
                case .deals: return try await importer.importDeals(try RecordStream.deals(reader, mapping: columnMapping), options: options)
                case .people: return try await importer.importPeople(try RecordStream.people(reader, mapping: columnMapping), options: options)
                case .accounts: return try await importer.importAccounts(try RecordStream.accounts(reader, mapping: columnMapping), options: options)
                case .products: return try await importer.importProducts(try RecordStream.products(reader, mapping: columnMapping), options: options)
                case .activities: return try await importer.importActivities(try RecordStream.activities(reader, mapping: columnMapping), options: options)
                }
            } catch let error as ImportFileError {
                throw CommandFailure(error.description)
            }
        }
        progress.finish()
        print(summary.report)
        for notice in summary.notices { print("  note: \(Localizer(.english)(notice))") }
        if summary.isRejected { throw ExitCode(2) }
    }

    static func mapping(named name: String) throws -> ColumnMapping {
        if let builtIn = BuiltInMappings.named(name) { return builtIn }
        guard name.hasSuffix(".yaml") || name.hasSuffix(".yml") else {
            throw ValidationError(ImportFileError.unknownMapping(name, known: BuiltInMappings.all.map(\.name)).description)
        }
        guard let text = try? String(contentsOfFile: name, encoding: .utf8) else { throw CommandFailure("can't read mapping file \(name)") }
        do {
            return try MappingFile.parse(text)
        } catch {
            throw CommandFailure("\(name): \(error)")
        }
    }
}

/// A one-line progress bar on standard error, drawn only when that is a terminal.
final class ProgressBar: Sendable {
    let total: Int
    let isTerminal = isatty(STDERR_FILENO) == 1

    init(total: Int) {
        self.total = total
    }

    func update(_ bytes: Int) {
        guard isTerminal, total > 0 else { return }
        let fraction = min(1, Double(bytes) / Double(total))
        let width = 30
        let filled = Int(fraction * Double(width))
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        let line = String(format: "\r[%@] %3.0f%%  %.1f / %.1f MB", bar, fraction * 100, Double(bytes) / 1e6, Double(total) / 1e6)
        FileHandle.standardError.write(Data(line.utf8))
    }

    func finish() {
        guard isTerminal, total > 0 else { return }
        FileHandle.standardError.write(Data("\n".utf8))
    }
}
