import SalesDomain
import Vapor

/// An error the API reports as `{"error": {"code", "message", "field"?}}` with an HTTP status.
struct APIError: Error, Sendable {
    var status: HTTPResponseStatus
    var code: String
    var message: String
    var field: String?
    var headers: HTTPHeaders = [:]

    init(_ status: HTTPResponseStatus, code: String, message: String, field: String? = nil) {
        self.status = status
        self.code = code
        self.message = message
        self.field = field
    }

    static func notFound(_ entity: String, field: String? = "id") -> APIError {
        APIError(.notFound, code: "not_found", message: "no \(entity) with this id is visible to you", field: field)
    }

    /// A parameter that cannot be read as its type: 400 (see ARCHITECTURE, "400 or 422").
    static func malformed(_ field: String, _ message: String) -> APIError {
        APIError(.badRequest, code: "invalid_value", message: message, field: field)
    }

    /// A parameter that must be one of a few words, read or refused as ``malformed(_:_:)``.
    static func parse<Value: RawRepresentable & CaseIterable>(_: Value.Type, _ raw: String, field: String) throws -> Value
    where Value.RawValue == String {
        guard let value = Value(rawValue: raw) else {
            throw malformed(field, "'\(raw)' is not one of \(Value.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return value
    }

    static let forbidden = APIError(.forbidden, code: "forbidden", message: "your role does not allow this")
    /// `adjust=leniency` before any calibration exercise on the framework has closed.
    static let noMeasuredLeniency = APIError(
        .conflict, code: "conflict", message: "no closed calibration exercise on this framework has measured rater leniency yet", field: "adjust")
    static let unauthenticated = APIError(.unauthorized, code: "unauthenticated",
                                          message: "sign in first: send 'Authorization: Bearer TOKEN' from POST /api/v1/auth/token",
                                          field: "Authorization")

    /// A domain validation problem, with the status that fits its kind.
    init(_ error: FieldError) {
        let status: HTTPResponseStatus = switch error.code {
        case .duplicate, .conflict: .conflict
        default: .unprocessableEntity
        }
        self.init(status, code: error.code.rawValue, message: "\(error.field): \(error.message)", field: error.field)
    }

    /// Explains a JSON body that did not decode, naming the field where possible.
    init(decoding error: DecodingError) {
        func path(_ codingPath: [any CodingKey], _ key: (any CodingKey)? = nil) -> String? {
            let keys = (codingPath + (key.map { [$0] } ?? [])).map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
            return keys.isEmpty ? nil : keys.joined(separator: ".").replacingOccurrences(of: ".[", with: "[")
        }
        switch error {
        case .keyNotFound(let key, let context):
            let field = path(context.codingPath, key)
            self.init(.badRequest, code: "required", message: "\(field ?? key.stringValue): is required", field: field)
        case .typeMismatch(let type, let context):
            let field = path(context.codingPath)
            self.init(.badRequest, code: "invalid_type", message: "\(field ?? "body"): expected \(Self.describe(type))", field: field)
        case .valueNotFound(let type, let context):
            let field = path(context.codingPath)
            self.init(.badRequest, code: "required", message: "\(field ?? "body"): expected \(Self.describe(type)), got null", field: field)
        case .dataCorrupted(let context):
            let field = path(context.codingPath)
            if field == nil {
                self.init(.badRequest, code: "invalid_json", message: "the request body is not valid JSON", field: nil)
            } else {
                self.init(.badRequest, code: "invalid_value", message: "\(field!): \(context.debugDescription)", field: field)
            }
        @unknown default:
            self.init(.badRequest, code: "invalid_body", message: "the request body could not be read", field: nil)
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type, is Double.Type: "a number"
        case is Bool.Type: "true or false"
        case is UUID.Type: "an id (UUID)"
        default: "a value of type \(type)"
        }
    }
}

struct APIErrorBody: Content {
    struct Detail: Content {
        var code: String
        var message: String
        var field: String?
    }

    var error: Detail
}
