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

    /// Reads the choices a caller makes, naming every field at fault; `alsoRequire` adds the
    /// problems the caller found itself (an empty upload) so all are reported together.
    /// `mappingFile` is a custom mapping the caller sent instead of a built-in name, or its
    /// problems, reported with the others.
    static func choices(
        kind rawKind: String?, mapping rawMapping: String?, mappingFile: Result<ColumnMapping, FieldErrors>? = nil, asOf rawAsOf: String?, now: Date,
        alsoRequire extra: [FieldError] = []
    ) throws(FieldErrors) -> (ImportKind, ColumnMapping, Date) {
        var problems = FieldErrors.Collector()
        var kind: ImportKind?
        if let rawKind, !rawKind.isEmpty {
            kind = problems.check { () throws(FieldError) in try parseEnum(ImportKind.self, rawKind, field: "kind") }
        } else {
            problems.append(FieldError(field: "kind", code: .required, .valueRequired))
        }
        var mapping: ColumnMapping?
        switch mappingFile {
        case .success(let custom)?:
            mapping = custom
        case .failure(let errors)?:
            errors.errors.forEach { problems.append($0) }
        case nil:
            break
        }
        if mappingFile != nil {
            // The file the caller sent is the mapping, whatever else the form chose.
        } else if let rawMapping, !rawMapping.isEmpty {
            mapping = BuiltInMappings.named(rawMapping)
            if mapping == nil {
                problems.append(FieldErrorFactory.invalid(
                    field: "mapping", raw: rawMapping, allowed: BuiltInMappings.all.filter { kind == nil || $0.kind == kind }.map(\.name)))
            }
        }
        if let found = mapping, let kind, found.kind != kind {
            problems.append(FieldError(field: "mapping", code: .invalidValue, .mappingKindMismatch,
                                       ["mapping": found.name, "mappingKind": found.kind.rawValue, "kind": kind.rawValue]))
        }
        if mapping == nil, mappingFile == nil, rawMapping?.isEmpty ?? true {
            problems.append(FieldError(field: "mapping", code: .required, .valueRequired))
        }
        var asOf = now
        if let rawAsOf, !rawAsOf.isEmpty {
            if let parsed = DateColumnFormat.iso.parse(Substring(rawAsOf)) {
                asOf = parsed
            } else {
                problems.append(FieldError(field: "asOf", code: .invalidFormat, .notADate, ["value": rawAsOf]))
            }
        }
        extra.forEach { problems.append($0) }
        try problems.throwIfAny()
        guard let kind, let mapping else { throw FieldErrors([FieldError(field: "kind", code: .required, .valueRequired)]) }
        return (kind, mapping, asOf)
    }

    func run(on request: Request) async throws -> ImportSummary {
        let person = try request.signedIn.person
        let importer = CRMImport(database: request.db, organizationID: person.organizationID)
        let options = CRMImport.Options(fileName: fileName, mapping: mapping.name, asOf: asOf, dryRun: dryRun,
                                        actor: person.id, recordedAt: request.now)
        let reader = try CSVReader(fileAt: file, separator: mapping.delimiter, encoding: nil)
        do {
            switch kind {
            case .deals: return try await importer.importDeals(try RecordStream.deals(reader, mapping: mapping), options: options)
            case .activities: return try await importer.importActivities(try RecordStream.activities(reader, mapping: mapping), options: options)
            case .people: return try await importer.importPeople(try RecordStream.people(reader, mapping: mapping), options: options)
            case .accounts: return try await importer.importAccounts(try RecordStream.accounts(reader, mapping: mapping), options: options)
            case .products: return try await importer.importProducts(try RecordStream.products(reader, mapping: mapping), options: options)
            }
        } catch let error as ImportFileError {
            if let problem = error.problem { throw APIError(.unprocessableEntity, code: "invalid_file", problem, field: "file") }
            throw APIError(.unprocessableEntity, code: "invalid_file", .fileNotImportable, ["detail": try await request.localizer.describe(error)], field: "file")
        }
    }

    /// A scratch file for an upload, removed by the caller.
    static func scratchFile() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("\(scratchPrefix)\(UUID().uuidString).csv")
    }

    private static let scratchPrefix = "keel-import-"

    /// Removes uploads a killed server left behind (a running import deletes its own when it
    /// ends, however it ends); an hour old, no import is still reading it.
    static func removeLeftovers(olderThan age: TimeInterval = 3600, now: Date = Date()) {
        let folder = FileManager.default.temporaryDirectory
        let files = (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: [.contentModificationDateKey])) ?? []
        for file in files where file.lastPathComponent.hasPrefix(scratchPrefix) {
            let modified = (try? file.resourceValues(forKeys: [.contentModificationDateKey]))?.contentModificationDate ?? now
            if now.timeIntervalSince(modified) > age { try? FileManager.default.removeItem(at: file) }
        }
    }
}
