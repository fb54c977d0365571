import SalesDomain
import Vapor

/// An error the API reports as `{"error": {"code", "message", "field"?}, "problems"?: […]}` with
/// an HTTP status; the message is the problem worded in the caller's language.
struct APIError: Error, Sendable {
    var status: HTTPResponseStatus
    var code: String
    var problem: Problem
    var field: String?
    var headers: HTTPHeaders = [:]
    /// Every problem of a body that failed in several places, the first of which is this error.
    var all: [FieldError] = []

    init(_ status: HTTPResponseStatus, code: String, _ problem: Problem, field: String? = nil) {
        self.status = status
        self.code = code
        self.problem = problem
        self.field = field
    }

    init(_ status: HTTPResponseStatus, code: String, _ key: Problem.Key, _ arguments: [String: String] = [:], field: String? = nil) {
        self.init(status, code: code, Problem(key, arguments), field: field)
    }

    static func notFound(field: String? = "id") -> APIError {
        APIError(.notFound, code: "not_found", .notVisible, field: field)
    }

    /// A parameter that cannot be read as its type: 400 (see ARCHITECTURE, "400 or 422").
    static func malformed(_ field: String, _ key: Problem.Key, _ arguments: [String: String] = [:]) -> APIError {
        APIError(.badRequest, code: "invalid_value", key, arguments, field: field)
    }

    /// A parameter that must be one of a few words, read or refused as ``malformed(_:_:_:)``.
    static func parse<Value: RawRepresentable & CaseIterable>(_: Value.Type, _ raw: String, field: String) throws -> Value
    where Value.RawValue == String {
        guard let value = Value(rawValue: raw) else {
            throw malformed(field, .notOneOf, ["value": raw, "choices": Value.allCases.map(\.rawValue).joined(separator: ", ")])
        }
        return value
    }

    static let forbidden = APIError(.forbidden, code: "forbidden", .roleForbids)
    /// `adjust=leniency` before any calibration exercise on the framework has closed.
    static let noMeasuredLeniency = APIError(.conflict, code: "conflict", .noMeasuredLeniency, field: "adjust")
    static let unauthenticated = APIError(.unauthorized, code: "unauthenticated", .signInFirst, field: "Authorization")

    /// A domain validation problem, with the status that fits its kind.
    init(_ error: FieldError) {
        let status: HTTPResponseStatus = switch error.code {
        case .duplicate, .conflict: .conflict
        default: .unprocessableEntity
        }
        self.init(status, code: error.code.rawValue, error.problem, field: error.field)
    }

    /// Several domain validation problems: the first is the error, all are listed.
    init(_ errors: FieldErrors) {
        self.init(errors.errors[0])
        all = errors.errors
    }

    /// Explains a JSON body that did not decode, naming the field where possible.
    init(decoding error: DecodingError) {
        func path(_ codingPath: [any CodingKey], _ key: (any CodingKey)? = nil) -> String? {
            let keys = (codingPath + (key.map { [$0] } ?? [])).map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
            return keys.isEmpty ? nil : keys.joined(separator: ".").replacingOccurrences(of: ".[", with: "[")
        }
        switch error {
        case .keyNotFound(let key, let context):
            let field = path(context.codingPath, key) ?? key.stringValue
            self.init(.badRequest, code: "required", .bodyFieldMissing, ["field": field], field: field)
        case .typeMismatch(let type, let context):
            let field = path(context.codingPath)
            self.init(.badRequest, code: "invalid_type", .bodyFieldType, ["field": field ?? "body", "type": Self.describe(type)], field: field)
        case .valueNotFound(let type, let context):
            let field = path(context.codingPath)
            self.init(.badRequest, code: "required", .bodyFieldNull, ["field": field ?? "body", "type": Self.describe(type)], field: field)
        case .dataCorrupted(let context):
            if let field = path(context.codingPath) {
                self.init(.badRequest, code: "invalid_value", .bodyFieldInvalid, ["field": field, "detail": context.debugDescription], field: field)
            } else {
                self.init(.badRequest, code: "invalid_json", .bodyNotJSON)
            }
        @unknown default:
            self.init(.badRequest, code: "invalid_body", .bodyNotReadable)
        }
    }

    /// JSON's names for the types a body holds (the same words in every language).
    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "string"
        case is Int.Type, is Double.Type: "number"
        case is Bool.Type: "boolean"
        case is UUID.Type: "UUID"
        default: "\(type)".hasPrefix("Array<") ? "array" : "object"
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
    /// Present when a body failed in several places: every problem, the first being `error`.
    var problems: [Detail]?
}
