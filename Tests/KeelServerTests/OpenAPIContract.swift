import Foundation
@testable import KeelServer
import Vapor
import Yams

/// The served OpenAPI document, used to check routes and response bodies against it.
final class OpenAPIContract: Sendable {
    static let shared = OpenAPIContract()

    nonisolated(unsafe) let document: [String: Any]

    private init() {
        document = (try? Yams.load(yaml: OpenAPIDocument.yaml) as? [String: Any]) ?? [:]
    }

    var paths: [String: Any] { document["paths"] as? [String: Any] ?? [:] }

    /// Every documented operation as "METHOD /path/{param}".
    var operations: Set<String> {
        var operations: Set<String> = []
        for (path, item) in paths {
            for key in (item as? [String: Any] ?? [:]).keys where ["get", "post", "put", "patch", "delete"].contains(key) {
                operations.insert("\(key.uppercased()) \(path)")
            }
        }
        return operations
    }

    func template(for path: String) -> String? {
        let concrete = path.split(separator: "?", maxSplits: 1)[0].split(separator: "/", omittingEmptySubsequences: true)
        return paths.keys.first { template in
            let parts = template.split(separator: "/", omittingEmptySubsequences: true)
            return parts.count == concrete.count && zip(parts, concrete).allSatisfy { $0.hasPrefix("{") || $0 == $1 }
        }
    }

    /// What is wrong with a response, measured against the document; empty when it conforms.
    func problems(method: HTTPMethod, path: String, status: HTTPResponseStatus, contentType: String?, body: Data) -> [String] {
        guard let template = template(for: path) else { return ["path is not documented"] }
        guard let operation = (paths[template] as? [String: Any])?[method.rawValue.lowercased()] as? [String: Any] else {
            return ["\(method) \(template) is not documented"]
        }
        guard var response = (operation["responses"] as? [String: Any])?[String(status.code)] as? [String: Any] else {
            return ["status \(status.code) is not documented for \(method) \(template)"]
        }
        if let reference = response["$ref"] as? String { response = resolve(reference) }
        guard let content = response["content"] as? [String: Any] else {
            return body.isEmpty ? [] : ["documented without a body, but one was sent"]
        }
        guard let json = content["application/json"] as? [String: Any], let schema = json["schema"] as? [String: Any] else {
            let documented = content.keys.sorted()
            let actual = contentType?.split(separator: ";").first.map(String.init) ?? ""
            return documented.contains(actual) ? [] : ["content type \(actual) is not one of \(documented)"]
        }
        guard contentType?.hasPrefix("application/json") == true else { return ["expected JSON, got \(contentType ?? "nothing")"] }
        guard let value = try? JSONDecoder().decode(JSONValue.self, from: body) else {
            return ["body is not JSON"]
        }
        return validate(value, against: schema, at: "$")
    }

    func resolve(_ reference: String) -> [String: Any] {
        var node: Any = document
        for part in reference.dropFirst(2).split(separator: "/") {
            node = (node as? [String: Any])?[String(part)] ?? [:]
        }
        return node as? [String: Any] ?? [:]
    }

    /// A JSON Schema subset: $ref, type (with null), properties, required,
    /// additionalProperties: false, items, enum, format uuid/date-time.
    func validate(_ value: JSONValue, against schema: [String: Any], at location: String) -> [String] {
        if let reference = schema["$ref"] as? String {
            return validate(value, against: resolve(reference), at: location)
        }
        let types: [String]
        if let single = schema["type"] as? String { types = [single] } else { types = schema["type"] as? [String] ?? [] }
        if !types.isEmpty, !types.contains(where: value.matches) {
            return ["\(location): expected \(types.joined(separator: " or ")), got \(value)"]
        }
        var problems: [String] = []
        if case .string(let string) = value {
            if let allowed = schema["enum"] as? [Any], !allowed.contains(where: { ($0 as? String) == string }) {
                problems.append("\(location): '\(string)' is not in \(allowed)")
            }
            if let format = schema["format"] as? String {
                if format == "uuid", UUID(uuidString: string) == nil { problems.append("\(location): '\(string)' is not a uuid") }
                if format == "date-time", ISO8601DateFormatter().date(from: string) == nil {
                    problems.append("\(location): '\(string)' is not a date-time")
                }
            }
        }
        if case .object(let object) = value {
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for required in schema["required"] as? [String] ?? [] where object[required] == nil {
                problems.append("\(location).\(required) is required")
            }
            if (schema["additionalProperties"] as? Bool) == false {
                for key in object.keys.sorted() where properties[key] == nil {
                    problems.append("\(location).\(key) is not documented")
                }
            }
            for (key, child) in object {
                if let childSchema = properties[key] as? [String: Any] {
                    problems += validate(child, against: childSchema, at: "\(location).\(key)")
                }
            }
        }
        if case .array(let array) = value, let items = schema["items"] as? [String: Any] {
            for (index, item) in array.enumerated() {
                problems += validate(item, against: items, at: "\(location)[\(index)]")
            }
        }
        return problems
    }
}

/// A JSON value that keeps booleans and numbers apart, as a schema check needs.
indirect enum JSONValue: Decodable, CustomStringConvertible {
    case null, bool(Bool), integer(Int), number(Double), string(String), array([JSONValue]), object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Int.self) { self = .integer(value) }
        else if let value = try? container.decode(Double.self) { self = .number(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode([JSONValue].self) { self = .array(value) }
        else { self = .object(try container.decode([String: JSONValue].self)) }
    }

    func matches(_ type: String) -> Bool {
        switch (type, self) {
        case ("null", .null), ("boolean", .bool), ("integer", .integer), ("number", .integer), ("number", .number),
             ("string", .string), ("array", .array), ("object", .object): true
        default: false
        }
    }

    var description: String {
        switch self {
        case .null: "null"
        case .bool(let value): "boolean \(value)"
        case .integer(let value): "integer \(value)"
        case .number(let value): "number \(value)"
        case .string(let value): "string '\(value)'"
        case .array: "an array"
        case .object: "an object"
        }
    }
}
