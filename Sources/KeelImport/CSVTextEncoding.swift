/// How a CSV file's bytes are text. Excel on Windows saves "CSV" in the system's code page —
/// Windows-1252 in the Nordic countries — and only "CSV UTF-8" as UTF-8, so both arrive.
public enum CSVTextEncoding: String, Sendable, Hashable, Codable {
    case utf8 = "UTF-8"
    case windows1252 = "Windows-1252"

    /// UTF-8 when `prefix` (the start of a file) is UTF-8, else Windows-1252 when it reads as
    /// text in it. Binary files (NUL bytes, a UTF-16 byte-order mark, bytes Windows-1252 leaves
    /// undefined) stay UTF-8, so the reader refuses them as not text.
    ///
    /// Only the prefix is judged so a file streams: one whose first bytes are plain ASCII and
    /// whose later ones are Windows-1252 is refused at the first such line, with the advice to
    /// save it as UTF-8.
    public static func detect(_ prefix: some Collection<UInt8>) -> CSVTextEncoding {
        if isUTF8(prefix) { return .utf8 }
        if prefix.starts(with: [0xFF, 0xFE]) || prefix.starts(with: [0xFE, 0xFF]) { return .utf8 }
        let undefined: Set<UInt8> = [0x00, 0x81, 0x8D, 0x8F, 0x90, 0x9D]
        return prefix.contains(where: undefined.contains) ? .utf8 : .windows1252
    }

    /// Valid UTF-8, allowing a character cut off at the end of the prefix.
    private static func isUTF8(_ bytes: some Collection<UInt8>) -> Bool {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var consumed = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): consumed += encoded.count
            case .emptyInput: return true
            case .error:
                // A character cut by the end of the prefix is no wrong byte.
                return Self.isCutSequence(bytes.dropFirst(consumed))
            }
        }
    }

    private static func isCutSequence(_ tail: some Collection<UInt8>) -> Bool {
        guard let lead = tail.first, tail.count < 4 else { return false }
        let needed = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0
        return needed > tail.count && tail.dropFirst().allSatisfy { $0 & 0xC0 == 0x80 }
    }

    /// The text of one field's bytes; `nil` when they are not text in this encoding.
    func decode(_ bytes: [UInt8]) -> String? {
        switch self {
        case .utf8:
            return String(validating: bytes, as: UTF8.self)
        case .windows1252:
            var scalars = String.UnicodeScalarView()
            for byte in bytes {
                let value = (0x80...0x9F).contains(byte) ? Self.windows1252C1[Int(byte - 0x80)] : UInt32(byte)
                scalars.append(Unicode.Scalar(value)!)
            }
            return String(scalars)
        }
    }

    /// What Windows-1252 puts at 0x80–0x9F, where Latin-1 has control codes; the five bytes it
    /// leaves undefined keep their control code (as the WHATWG encoding standard does).
    private static let windows1252C1: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]
}
