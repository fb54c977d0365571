import Foundation
import KeelImport
import KeelStore
import SalesDomain
import Vapor

/// The upload page for CRM exports (leaders and admins).
enum ImportPagesController {
    static let maximumUpload: ByteCount = "50mb"

    static func register(on web: any RoutesBuilder) {
        web.on(.GET, "imports", access: .signedIn(.importData), use: form)
        web.on(.POST, "imports", access: .signedIn(.importData), body: .collect(maxSize: maximumUpload), use: upload)
        web.on(.GET, "imports", "templates", ":file", access: .signedIn(.importData), use: template)
    }

    static func templatePath(of mapping: ColumnMapping) -> String {
        "/imports/templates/\(mapping.name).csv"
    }

    /// A built-in mapping's header row as a CSV file to download.
    @Sendable
    static func template(_ request: Request) async throws -> Response {
        let file = request.parameters.get("file") ?? ""
        let name = file.hasSuffix(".csv") ? String(file.dropLast(4)) : file
        guard let mapping = BuiltInMappings.named(name) else { throw APIError.notFound() }
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(mapping.name).csv\"")
        return Response(status: .ok, headers: headers, body: .init(string: mapping.templateCSV))
    }

    static func page(_ request: Request, _ model: ImportPage.Model, status: HTTPResponseStatus = .ok) async throws -> Response {
        let context = try await PageContext.make(for: request)
        return Layout.response(ImportPage.render(model, context: context), status: status, for: request)
    }

    @Sendable
    static func form(_ request: Request) async throws -> Response {
        try await page(request, ImportPage.Model(recent: try await request.importHistory().runs))
    }

    struct Upload: Decodable {
        var kind: String?
        var mapping: String?
        var asOf: String?
        var dryRun: String?
        var file: File?
        /// A mapping file of the organization's own, instead of a built-in mapping.
        var mappingFile: File?
    }

    @Sendable
    static func upload(_ request: Request) async throws -> Response {
        let upload = try request.content.decode(Upload.self)
        var model = ImportPage.Model(recent: [], chosenKind: upload.kind ?? "", chosenMapping: upload.mapping ?? "")
        do {
            let file = upload.file.flatMap { $0.data.readableBytes > 0 ? $0 : nil }
            let mappingFile = MappingFileUpload.columnMapping(upload.mappingFile, field: "mappingFile", text: try await request.localizer)
            let (kind, mapping, asOf) = try ImportRequest.choices(
                kind: upload.kind, mapping: upload.mapping, mappingFile: mappingFile, asOf: upload.asOf, now: request.now,
                alsoRequire: file == nil ? [FieldError(field: "file", code: .required, .chooseCSVFile)] : [])
            guard let file else { throw FieldError(field: "file", code: .required, .chooseCSVFile) }
            let url = ImportRequest.scratchFile()
            defer { try? FileManager.default.removeItem(at: url) }
            try Data(buffer: file.data).write(to: url)
            let summary = try await ImportRequest(kind: kind, mapping: mapping, file: url, fileName: file.filename, asOf: asOf,
                                                  dryRun: upload.dryRun == "true").run(on: request)
            model.result = summary
            model.recent = try await request.importHistory().runs
            return try await page(request, model, status: summary.isRejected ? .unprocessableEntity : .ok)
        } catch let errors as FieldErrors {
            model.errors = errors.errors
        } catch let error as FieldError {
            model.errors = [error]
        } catch let error as APIError where error.field == "file" {
            model.errors = [FieldError(field: "file", code: .invalidFormat, error.problem)]
        }
        model.recent = try await request.importHistory().runs
        return try await page(request, model, status: .unprocessableEntity)
    }
}
