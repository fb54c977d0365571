import Foundation
import KeelImport
import SalesDomain
import Vapor

/// A framework file sent as the request body (SPEC §1: frameworks are imported and exported as
/// files). YAML and JSON are read by one parser, since JSON is YAML's flow syntax, so the
/// `Content-Type` only has to say it is one of them — or be missing, or generic, and the text
/// is read as whichever it is.
enum FrameworkUpload {
    /// Frameworks are a few hundred kilobytes in three languages; this leaves room for big ones.
    static let maximumSize: ByteCount = "4mb"

    static let acceptedTypes: Set<String> = [
        "application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml", "application/json",
        "text/plain", "application/octet-stream",
    ]

    /// The parsed document, or the 422 response listing every problem with line and column; as
    /// the new content of `draft`, a key other than the draft's is told beside the file's
    /// problems, as the web editor tells it.
    static func document(_ request: Request, editing draft: CompetencyFramework? = nil) throws -> Result<FrameworkDocument, FrameworkRejectedResource> {
        let data = try body(request)
        let text = Localizer(request.language)
        do {
            let document = try FrameworkFile.parse(data)
            if let problem = draft?.keyProblem(inFileWith: document.key) {
                return .failure(FrameworkRejectedResource(FieldErrors([problem]), text: text, summary: .frameworkFileRejected, code: "invalid_framework"))
            }
            return .success(document)
        } catch {
            let keyProblem = draft?.keyProblem(inFileWith: error.key)
            return .failure(FrameworkRejectedResource(error, text: text).adding(keyProblem.map { [$0] } ?? [], text: text))
        }
    }

    /// The body of a request sending a YAML or JSON file; another declared media type is refused (415).
    static func body(_ request: Request) throws -> Data {
        if let type = request.headers.contentType {
            let name = "\(type.type)/\(type.subType)".lowercased()
            guard acceptedTypes.contains(name) else {
                throw APIError(.unsupportedMediaType, code: "unsupported_media_type",
                               .mediaTypeNotSupported, ["types": "application/yaml, application/json"], field: "Content-Type")
            }
        }
        return request.body.data.map { Data(buffer: $0) } ?? Data()
    }
}
