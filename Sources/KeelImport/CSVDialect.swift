/// How a CSV file is written: what separates its fields and how its bytes are text.
///
/// Excel writes `;` wherever the decimal mark is a comma (Sweden, Norway, Denmark, Finland,
/// most of Europe) and `,` elsewhere; tab-separated "CSV" comes from other tools.
public struct CSVDialect: Sendable, Hashable {
    public var separator: Character
    public var encoding: CSVTextEncoding

    public init(separator: Character = ",", encoding: CSVTextEncoding = .utf8) {
        self.separator = separator
        self.encoding = encoding
    }

    /// The separators a file is recognised by, in the order a tie is settled.
    public static let separators: [Character] = [",", ";", "\t"]

    /// The separator that occurs most often outside quotes in the first line of `bytes` (the
    /// header); `,` when none does.
    public static func separator(ofHeaderIn bytes: some Sequence<UInt8>) -> Character {
        var counts = [Int](repeating: 0, count: separators.count)
        let candidates = separators.map { $0.asciiValue! }
        var inQuotes = false
        for byte in bytes {
            if byte == UInt8(ascii: "\"") {
                inQuotes.toggle()
            } else if !inQuotes {
                if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { break }
                if let index = candidates.firstIndex(of: byte) { counts[index] += 1 }
            }
        }
        guard let most = counts.max(), most > 0 else { return "," }
        return separators[counts.firstIndex(of: most)!]
    }

    /// A header read with the wrong separator stays one field; the separator it holds instead.
    public static func separator(missedBy header: [String], reading separator: Character) -> Character? {
        guard header.count == 1, let only = header.first else { return nil }
        let found = Self.separator(ofHeaderIn: Array(only.utf8))
        return found != separator && only.contains(found) ? found : nil
    }
}
