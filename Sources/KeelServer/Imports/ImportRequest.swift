import Foundation
import KeelImport
import KeelStore
import SalesDomain
import Vapor

/// One CRM file to import into the signed-in person's organization — the same path for the
/// API and the upload page.
struct ImportRequest {
    var kind: ImportKind
    var mapping: ColumnMapping
    var file: URL
    var fileName: String
    var asOf: Date
    var dryRun: Bool

    /// Reads the choices a caller makes, naming the field at fault.
    static func choices(kind rawKind: String?, mapping rawMapping: String?, asOf rawAsOf: String?, now: Date) throws -> (ImportKind, ColumnMapping, Date) {
        guard let rawKind, !rawKind.isEmpty else { throw FieldError(field: "kind", code: .required, message: "kind is required") }
        let kind = try parseEnum(ImportKind.self, rawKind, field: "kind")
        guard let rawMapping, !rawMapping.isEmpty else { throw FieldError(field: "mapping", code: .required, message: "mapping is required") }
        guard let mapping = BuiltInMappings.named(rawMapping) else {
            throw FieldErrorFactory.invalid(field: "mapping", raw: rawMapping, allowed: BuiltInMappings.all.filter { $0.kind == kind }.map(\.name))
        }
        guard mapping.kind == kind else {
            throw FieldError(field: "mapping", code: .invalidValue, message: "mapping '\(mapping.name)' is for \(mapping.kind.rawValue), not \(kind.rawValue)")
        }
        var asOf = now
        if let rawAsOf, !rawAsOf.isEmpty {
            guard let parsed = DateColumnFormat.iso.parse(Substring(rawAsOf)) else {
                throw FieldError(field: "asOf", code: .invalidFormat, message: "'\(rawAsOf)' is not a YYYY-MM-DD date")
            }
            asOf = parsed
        }
        return (kind, mapping, asOf)
    }

    func run(on request: Request) async throws -> ImportSummary {
        let person = try request.signedIn.person
        let importer = CRMImport(database: request.db, organizationID: person.organizationID)
        let options = CRMImport.Options(fileName: fileName, mapping: mapping.name, asOf: asOf, dryRun: dryRun,
                                        actor: person.id, recordedAt: request.now)
        let reader = try CSVReader(fileAt: file)
        do {
            switch kind {
            case .deals: return try await importer.importDeals(try RecordStream.deals(reader, mapping: mapping), options: options)
            case .activities: return try await importer.importActivities(try RecordStream.activities(reader, mapping: mapping), options: options)
            case .people: return try await importer.importPeople(try RecordStream.people(reader, mapping: mapping), options: options)
            case .accounts: return try await importer.importAccounts(try RecordStream.accounts(reader, mapping: mapping), options: options)
            case .products: return try await importer.importProducts(try RecordStream.products(reader, mapping: mapping), options: options)
            }
        } catch let error as ImportFileError {
            throw APIError(.unprocessableEntity, code: "invalid_file", message: error.description, field: "file")
        }
    }

    /// A scratch file for an upload, removed by the caller.
    static func scratchFile() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("keel-import-\(UUID().uuidString).csv")
    }
}
