import Foundation
import KeelImport
import KeelStore
import SalesDomain
import Vapor

/// `POST /api/v1/imports?kind=deals&mapping=maven-crm-deals` with the CSV file as the body
/// (`text/csv`), streamed to disk, then imported whole or not at all; or with a custom mapping,
/// the mapping and the file as one `multipart/form-data` body (``MappingFileUpload``).
enum ImportsAPIController {
    /// Large enough for a year of a big organization's activities.
    static let maximumUpload: ByteCount = "2gb"

    static func register(on api: any RoutesBuilder) {
        api.on(.POST, "imports", access: .signedIn(.importData), body: .stream, use: create)
        api.on(.GET, "imports", access: .signedIn(.importData), use: list)
    }

    struct Parameters: Decodable {
        var kind: String?
        var mapping: String?
        var asOf: String?
        var dryRun: Bool?
    }

    @Sendable
    static func create(_ request: Request) async throws -> Response {
        let parameters = try request.query.decode(Parameters.self)
        let file = ImportRequest.scratchFile()
        defer { try? FileManager.default.removeItem(at: file) }
        let choices: (ImportKind, ColumnMapping, Date)
        if let boundary = MappingFileUpload.boundary(of: request) {
            let upload = try await MappingFileUpload.receive(request, boundary: boundary)
            let mappingFile = MappingFileUpload.columnMapping(upload.mapping, field: "mapping", text: try await request.localizer)
            let csv = upload.file.flatMap { $0.data.readableBytes > 0 ? $0 : nil }
            choices = try ImportRequest.choices(kind: parameters.kind, mapping: nil, mappingFile: mappingFile, asOf: parameters.asOf, now: request.now,
                                                alsoRequire: csv == nil ? [FieldError(field: "file", code: .required, .chooseCSVFile)] : [])
            guard let csv, FileManager.default.createFile(atPath: file.path, contents: Data(buffer: csv.data)) else {
                throw APIError(.internalServerError, code: "internal", .uploadNotStored)
            }
        } else {
            choices = try ImportRequest.choices(kind: parameters.kind, mapping: parameters.mapping, asOf: parameters.asOf, now: request.now)
            try await receiveCSV(request, into: file)
        }
        let (kind, mapping, asOf) = choices
        let summary = try await ImportRequest(kind: kind, mapping: mapping, file: file, fileName: "upload.csv", asOf: asOf,
                                              dryRun: parameters.dryRun ?? false).run(on: request)
        let response = Response(status: summary.isRejected ? .unprocessableEntity : .ok)
        if summary.isRejected {
            let message = Localizer(request.language)(Problem(.importRowsRejected, ["count": String(summary.problemCount)]))
            try response.content.encode(ImportRejectedResource(
                error: .init(code: "rows_rejected", message: message, field: "file"), report: ImportResource(summary, text: Localizer(request.language))
            ), as: .json)
        } else {
            try response.content.encode(ImportResource(summary, text: Localizer(request.language)), as: .json)
        }
        return response
    }

    /// Streams a bare `text/csv` body to disk, so a file of any size up to the limit fits.
    static func receiveCSV(_ request: Request, into file: URL) async throws {
        guard FileManager.default.createFile(atPath: file.path, contents: nil) else {
            throw APIError(.internalServerError, code: "internal", .uploadNotStored)
        }
        let handle = try FileHandle(forWritingTo: file)
        var received = 0
        do {
            for try await chunk in request.body {
                received += chunk.readableBytes
                if received > maximumUpload.value {
                    throw APIError(.payloadTooLarge, code: "too_large", .fileTooLarge, ["maximum": "2 GB"], field: "file")
                }
                try handle.write(contentsOf: Data(buffer: chunk))
            }
            try handle.close()
        } catch {
            try? handle.close()
            throw error
        }
    }

    /// `total` counts every kept import and `limit` says how many of the latest are listed.
    @Sendable
    static func list(_ request: Request) async throws -> ListResource<ImportRunResource> {
        let history = try await request.importHistory()
        return ListResource(items: history.runs.map(ImportRunResource.init), total: history.total, limit: ImportHistoryQuery.latest.limit)
    }
}
