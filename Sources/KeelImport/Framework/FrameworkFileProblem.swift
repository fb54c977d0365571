import SalesDomain

/// One thing wrong with a framework or practice library file, at the line (and column) where the
/// author can fix it. The server words it (`Localizer.describe`) like a compiler message,
/// `line 12, column 5: areas[0].key: …`, for the pages, the API and the command line alike.
public struct FrameworkFileProblem: Hashable, Sendable, Codable, CustomStringConvertible {
    public enum Kind: String, Hashable, Sendable, Codable {
        /// The bytes are not UTF-8 text.
        case notUTF8 = "not_utf8"
        /// No document at all: nothing but whitespace and comments.
        case empty
        /// The YAML or JSON itself cannot be read.
        case syntax
        /// The same key twice in one mapping of the file.
        case duplicateKey = "duplicate_key"
        /// A key the format does not know, usually a misspelling.
        case unknownKey = "unknown_key"
        /// A value of the wrong kind: text where a number belongs, a list where texts belong, …
        case wrongType = "wrong_type"
        // What ``FrameworkDocument/validate()`` finds, with the same raw values as ``FrameworkProblem/Kind``.
        case required
        case invalidFormat = "invalid_format"
        case invalidValue = "invalid_value"
        case duplicate
        case missingLevel = "missing_level"
        case unsupportedFormat = "unsupported_format"

        init(_ kind: FrameworkProblem.Kind) {
            switch kind {
            case .required: self = .required
            case .invalidFormat: self = .invalidFormat
            case .invalidValue: self = .invalidValue
            case .duplicate: self = .duplicate
            case .missingLevel: self = .missingLevel
            case .unsupportedFormat: self = .unsupportedFormat
            }
        }
    }

    /// 1-based line of the file.
    public var line: Int
    /// 1-based column in Unicode scalars, when the problem has a precise place.
    public var column: Int?
    /// Where in the framework the problem is; `nil` for problems of the file itself (encoding, syntax).
    public var path: FrameworkPath?
    public var kind: Kind
    /// What is wrong, which the interface words in the reader's language (the command line in English).
    public var problem: Problem
    /// What the file has where `problem` expected another kind of value; the interface words it
    /// into `problem`'s `{found}`.
    public var found: Problem?

    public init(line: Int, column: Int? = nil, path: FrameworkPath? = nil, kind: Kind, problem: Problem, found: Problem? = nil) {
        self.line = line
        self.column = column
        self.path = path
        self.kind = kind
        self.problem = problem
        self.found = found
    }

    init(at position: TextPosition, path: FrameworkPath? = nil, kind: Kind, problem: Problem, found: Problem? = nil) {
        self.init(line: position.line, column: position.column, path: path, kind: kind, problem: problem, found: found)
    }

    /// For logs and test failures: `line 12, column 5: areas[0].key: valueRequired`.
    public var description: String {
        var text = "line \(line)"
        if let column { text += ", column \(column)" }
        if let path, !path.components.isEmpty { text += ": \(path)" }
        return text + ": " + problem.description + (found.map { " found=" + $0.description } ?? "")
    }
}

extension FrameworkFileProblem {
    static let emptyFile = FrameworkFileProblem(line: 1, kind: .empty, problem: Problem(.frameworkFileEmpty))
}
