/// A problem with one named input field, phrased so that the person can fix it.
public struct FieldError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Code: String, Sendable, Hashable {
        case required
        case tooShort = "too_short"
        case tooLong = "too_long"
        case invalidFormat = "invalid_format"
        case invalidValue = "invalid_value"
        case duplicate
        case notFound = "not_found"
        case cycle
        case conflict
    }

    public var field: String
    public var code: Code
    public var message: String

    public init(field: String, code: Code, message: String) {
        self.field = field
        self.code = code
        self.message = message
    }

    public var description: String { "\(field): \(message)" }
}
