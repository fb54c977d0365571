import SalesDomain

/// Why a byte stream is not a well-formed CSV file.
public enum CSVError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file ended inside a quoted field — usually a truncated export.
    case unterminatedQuote(line: Int)
    /// A quote appeared in the middle of an unquoted field, or text followed a closing quote.
    case unexpectedQuote(line: Int, column: Int)
    /// The bytes are not UTF-8 text (for example a spreadsheet saved in a binary format).
    case notText(line: Int)
    case empty

    public var description: String {
        switch self {
        case .unterminatedQuote(let line), .notText(let line): "line \(line): \(reason)"
        case .unexpectedQuote(let line, let column): "line \(line), column \(column): \(reason)"
        case .empty: reason
        }
    }

    /// What is wrong without where, in words the interface translates.
    public var problem: Problem {
        switch self {
        case .unterminatedQuote: Problem(.importUnterminatedQuote)
        case .unexpectedQuote(_, let column): Problem(.importUnexpectedQuote, ["column": String(column)])
        case .notText: Problem(.importNotText)
        case .empty: Problem(.importEmptyFile)
        }
    }

    /// What is wrong, without where: a row's report names the line itself.
    public var reason: String {
        switch self {
        case .unterminatedQuote: "a quoted field is never closed; the file may be truncated"
        case .unexpectedQuote(_, let column): "a quote inside an unquoted field (column \(column)); quote the whole field and double inner quotes"
        case .notText: "the file is not UTF-8 text; export it as CSV (UTF-8)"
        case .empty: "the file is empty; expected a header row"
        }
    }
}
