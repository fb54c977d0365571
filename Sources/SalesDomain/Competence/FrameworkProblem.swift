/// One thing wrong with a framework or framework file, located by its path so the person who
/// wrote the file can find and fix it.
public struct FrameworkProblem: Hashable, Sendable, Codable, CustomStringConvertible {
    public enum Kind: String, Hashable, Sendable, Codable {
        case required
        case invalidFormat = "invalid_format"
        case invalidValue = "invalid_value"
        case duplicate
        case missingLevel = "missing_level"
        case unsupportedFormat = "unsupported_format"
    }

    public var path: FrameworkPath
    public var kind: Kind
    public var problem: Problem

    public init(path: FrameworkPath, kind: Kind, _ key: Problem.Key, _ arguments: [String: String] = [:]) {
        self.path = path
        self.kind = kind
        self.problem = Problem(key, arguments)
    }

    /// `areas[2].competencies[0].levels: levelMissing level=4`, for logs; people read the worded problem.
    public var description: String { "\(path): \(problem)" }

    /// The same problem as the field error the API and CLI report, with the path as the field.
    public var fieldError: FieldError {
        let code: FieldError.Code = switch kind {
        case .required, .missingLevel: .required
        case .invalidFormat: .invalidFormat
        case .invalidValue, .unsupportedFormat: .invalidValue
        case .duplicate: .duplicate
        }
        return FieldError(field: path.description, code: code, problem)
    }
}

/// A framework that cannot be used as it is; carries every problem found, not just the first,
/// so a file can be fixed in one pass.
public struct FrameworkValidationError: Error, Hashable, Sendable {
    public var problems: [FrameworkProblem]

    public init(problems: [FrameworkProblem]) {
        self.problems = problems
    }
}
