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

    /// The custom mapping read from an uploaded part, or every problem of the file, each naming
    /// `field` with its line in the reader's language; `nil` when no file was sent. The web form
    /// and the API read a mapping file alike.
    static func columnMapping(_ part: File?, field: String, text: Localizer) -> Result<ColumnMapping, FieldErrors>? {
        guard let part, part.data.readableBytes > 0 else { return nil }
        let problems: [MappingFileProblem]
        if let yaml = String(validating: Array(part.data.readableBytesView), as: UTF8.self) {
            do throws(ImportFileError) {
                return .success(try MappingFile.parse(yaml))
            } catch {
                if case .invalidMappingFile(let found) = error {
                    problems = found
                } else {
                    problems = [MappingFileProblem(line: nil, Problem(.mappingFileNotYAML, ["detail": error.description]), error.description)]
                }
            }
        } else {
            problems = [MappingFileProblem(line: nil, Problem(.mappingFileNotUTF8), "the file is not UTF-8 text")]
        }
        // Each problem leads with its line; the field's label says which file.
        return .failure(FieldErrors(problems.map { problem in
            let worded = problem.line.map { Problem(.importMappingFileLine, ["line": String($0), "message": text(problem.problem)]) } ?? problem.problem
            return FieldError(field: field, code: .invalidValue, worded)
        }))
    }
}
