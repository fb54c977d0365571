/// One record of a CSV file, with the line it started on so that errors can point at it.
public struct CSVRecord: Hashable, Sendable {
    /// 1-based physical line number where the record starts (a quoted field may span lines).
    public var line: Int
    public var fields: [String]

    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }
}
