/// A label broken into lines that fit a width, and whether anything was cut off.
public struct WrappedLabel: Hashable, Sendable {
    public var lines: [String]
    /// True when the lines do not show the whole text; the chart then relies on a `<title>`
    /// holding the full text.
    public var isTruncated: Bool

    public init(lines: [String], isTruncated: Bool) {
        self.lines = lines
        self.isTruncated = isTruncated
    }
}
