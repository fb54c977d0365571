import Yams

/// A 1-based line and column in a framework file, counted in Unicode scalars with libyaml's
/// line breaks (LF, CR LF, CR, NEL, LS, PS), so that positions from Yams' marks and from our
/// own scans of the text agree.
struct TextPosition: Hashable, Comparable, Sendable {
    var line: Int
    var column: Int

    init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    init(_ mark: Mark) {
        self.init(line: mark.line, column: mark.column)
    }

    static func < (lhs: TextPosition, rhs: TextPosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    /// Where the file starts; also where problems of the file as a whole are reported.
    static let start = TextPosition(line: 1, column: 1)

    /// The position just after `scalars`, that is, of whatever comes next.
    static func end(of scalars: some Collection<Unicode.Scalar>) -> TextPosition {
        var position = TextPosition.start
        var index = scalars.startIndex
        while index != scalars.endIndex {
            let next = scalars.index(after: index)
            position.advance(past: scalars[index], followedBy: next == scalars.endIndex ? nil : scalars[next])
            index = next
        }
        return position
    }

    /// The offset in `scalars` of the scalar at `position`, if the text reaches that far.
    static func offset(of position: TextPosition, in scalars: [Unicode.Scalar]) -> Int? {
        var current = TextPosition.start
        for offset in scalars.indices {
            if current == position { return offset }
            if current.line > position.line { return nil }
            current.advance(past: scalars[offset], followedBy: offset + 1 < scalars.count ? scalars[offset + 1] : nil)
        }
        return nil
    }

    private mutating func advance(past scalar: Unicode.Scalar, followedBy next: Unicode.Scalar?) {
        switch scalar {
        case "\r" where next == "\n":
            // CR LF is one line break; the LF ends the line.
            column += 1
        case "\n", "\r", "\u{85}", "\u{2028}", "\u{2029}":
            line += 1
            column = 1
        default:
            column += 1
        }
    }
}
