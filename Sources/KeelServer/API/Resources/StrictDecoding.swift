import Foundation
import SalesDomain

/// A coding key that accepts any name, to list what a JSON object actually contains.
struct AnyCodingKey: CodingKey {
    var stringValue: String
    var intValue: Int?

    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) {
        self.stringValue = String(intValue)
        self.intValue = intValue
    }
}

extension Decoder {
    /// Refuses a body with a field the endpoint does not know, naming it — a misspelt field
    /// would otherwise be silently ignored and the change quietly not made.
    func rejectUnknownKeys<Key: CodingKey & CaseIterable>(_: Key.Type) throws {
        let container = try container(keyedBy: AnyCodingKey.self)
        let known = Set(Key.allCases.map(\.stringValue))
        if let unknown = container.allKeys.first(where: { !known.contains($0.stringValue) }) {
            throw DecodingError.dataCorrupted(.init(
                codingPath: [unknown],
                debugDescription: "unknown field; expected one of \(known.sorted().joined(separator: ", "))"
            ))
        }
    }
}

extension KeyedDecodingContainer {
    /// `.none` when the key is absent, `.some(nil)` when it is `null`, for PATCH bodies where
    /// "leave as is" and "clear" differ.
    func decodePatch<Value: Decodable>(_: Value.Type, forKey key: Key) throws -> Value?? {
        guard contains(key) else { return .none }
        if try decodeNil(forKey: key) { return .some(nil) }
        return .some(try decode(Value.self, forKey: key))
    }
}

/// Parses an enumeration from its raw string, with an error that lists the accepted values.
func parseEnum<Value: RawRepresentable & CaseIterable>(
    _: Value.Type, _ raw: String, field: String
) throws(FieldError) -> Value where Value.RawValue == String {
    guard let value = Value(rawValue: raw) else {
        throw FieldErrorFactory.invalid(field: field, raw: raw, allowed: Value.allCases.map(\.rawValue))
    }
    return value
}
