import SalesDomain

/// One thing wrong with one row of an import file, phrased so it can be fixed.
public struct RowProblem: Sendable, Hashable, CustomStringConvertible {
    /// 1-based line in the file where the row starts (the header is line 1).
    public var line: Int
    public var column: String?
    public var value: String?
    public var reason: String
    /// A likely intended value, when one is close (e.g. `GTX Pro` for `GTXPro`).
    public var suggestion: String?
    /// The domain's own problem, when a domain rule refused the row; the interface words it in
    /// the reader's language instead of `reason`.
    public var problem: Problem?

    /// The most of a value a report repeats; a 10 MB field is shown by its start.
    public static let shownValueLength = 200

    public init(line: Int, column: String?, value: String?, reason: String, suggestion: String? = nil, problem: Problem? = nil) {
        self.line = line
        self.column = column
        self.value = value.map { $0.count > Self.shownValueLength ? String($0.prefix(Self.shownValueLength)) + "…" : $0 }
        self.reason = reason
        self.suggestion = suggestion
        self.problem = problem
    }

    public var description: String {
        var text = "line \(line)"
        if let column { text += ", column '\(column)'" }
        if let value { text += ", value '\(value)'" }
        text += ": \(reason)"
        if let suggestion { text += "; did you mean '\(suggestion)'?" }
        return text
    }
}
