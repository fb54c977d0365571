import Foundation
import KeelImport
import SalesDomain
import Vapor

/// A CSV file sent with its own column mapping, for exports no built-in mapping fits:
/// `multipart/form-data` with a `mapping` part (the YAML of a custom mapping) and a `file` part.
///
/// Held in memory whole, unlike a bare `text/csv` body, so it is limited as the upload page is.
struct MappingFileUpload: Decodable {
    var mapping: File?
    var file: File?

    static let maximumSize: ByteCount = "50mb"

    /// The boundary of a multipart form body; `nil` for any other body.
    static func boundary(of request: Request) -> String? {
        guard let type = request.headers.contentType, type.type == "multipart", type.subType == "form-data" else { return nil }
        return type.parameters["boundary"]
    }

    static func receive(_ request: Request, boundary: String) async throws -> MappingFileUpload {
        let body = try await request.body.collect(max: maximumSize.value).get() ?? ByteBuffer()
        do {
            var headers = HTTPHeaders()
            headers.contentType = HTTPMediaType(type: "multipart", subType: "form-data", parameters: ["boundary": boundary])
            return try CheckedFormDataDecoder().decode(Self.self, from: body, headers: headers)
        } catch {
            throw APIError(.badRequest, code: "invalid_body", .bodyNotReadable)
        }
    }

    /// The custom mapping, or a 422 naming the `mapping` part with the line at fault.
    func columnMapping() throws -> ColumnMapping {
        guard let part = mapping, part.data.readableBytes > 0 else {
            throw APIError(.unprocessableEntity, code: "required", .valueRequired, field: "mapping")
        }
        do {
            guard let text = String(validating: Array(part.data.readableBytesView), as: UTF8.self) else {
                throw ImportFileError.invalidMappingFile(line: nil, message: "the file is not UTF-8 text")
            }
            return try MappingFile.parse(text)
        } catch let error as ImportFileError {
            throw APIError(.unprocessableEntity, code: "invalid_value", .mappingFileNotValid, ["detail": error.description], field: "mapping")
        }
    }
}
