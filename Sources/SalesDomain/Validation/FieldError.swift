/// A problem with one named input field, as a ``Problem`` the interface words in the reader's
/// language; `field` is the input's name (a form field or an API property), never shown to a person.
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
    public var problem: Problem

    public init(field: String, code: Code, _ problem: Problem) {
        self.field = field
        self.code = code
        self.problem = problem
    }

    public init(field: String, code: Code, _ key: Problem.Key, _ arguments: [String: String] = [:]) {
        self.init(field: field, code: code, Problem(key, arguments))
    }

    /// For logs and test failures; a person reads the translated problem instead.
    public var description: String { "\(field): \(problem)" }
}

/// Several field errors found together, so a form or an API body can be fixed in one pass.
public struct FieldErrors: Error, Hashable, Sendable {
    public var errors: [FieldError]

    public init(_ errors: [FieldError]) {
        precondition(!errors.isEmpty, "FieldErrors needs at least one error")
        self.errors = errors
    }
}

extension FieldErrors: CustomStringConvertible {
    public var description: String { errors.map(\.description).joined(separator: "; ") }
}

extension [FieldError] {
    /// The field errors a refused write threw, one or several; `nil` for any other error.
    public init?(refusal error: any Error) {
        switch error {
        case let error as FieldError: self = [error]
        case let errors as FieldErrors: self = errors.errors
        default: return nil
        }
    }
}

extension FieldErrors {
    /// Collects the field errors of several independent checks and throws them together.
    public struct Collector: Sendable {
        public private(set) var errors: [FieldError] = []

        public init() {}

        /// Runs one check; its field error is kept and the check's result dropped.
        @discardableResult
        public mutating func check<Value>(_ body: () throws(FieldError) -> Value) -> Value? {
            do {
                return try body()
            } catch {
                errors.append(error)
                return nil
            }
        }

        public mutating func append(_ error: FieldError) {
            errors.append(error)
        }

        public mutating func append(contentsOf errors: [FieldError]) {
            self.errors += errors
        }

        /// Whether a field already has a problem, so later checks on it can be skipped.
        public func failed(_ field: String) -> Bool {
            errors.contains { $0.field == field }
        }

        public func throwIfAny() throws(FieldErrors) {
            if !errors.isEmpty { throw FieldErrors(errors) }
        }
    }
}
