/// Rewrites JSON's UTF-16 surrogate-pair escapes (`\uD83D\uDE00`) as the single YAML escape for
/// the same character (`\U0001F600`).
///
/// JSON files are read by the YAML parser, and libyaml rejects a surrogate escape on its own;
/// Python's `json.dump` writes every emoji that way. Only text that starts with `{` is touched,
/// and only inside double-quoted strings, where JSON keeps every backslash. Columns after a
/// rewritten pair on the same line move two places to the left.
enum JSONSurrogateEscapes {
    static func combined(in text: String) -> String {
        guard text.contains("\\u"), text.unicodeScalars.first(where: { !$0.properties.isWhitespace && $0 != "\u{FEFF}" }) == "{" else {
            return text
        }
        let scalars = Array(text.unicodeScalars)
        var output = String.UnicodeScalarView()
        var inString = false
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if !inString {
                if scalar == "\"" { inString = true }
                output.append(scalar)
                index += 1
                continue
            }
            switch scalar {
            case "\"":
                inString = false
                output.append(scalar)
                index += 1
            case "\\":
                if let high = unit(at: index, in: scalars), (0xD800...0xDBFF).contains(high),
                   let low = unit(at: index + 6, in: scalars), (0xDC00...0xDFFF).contains(low) {
                    let combined = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                    let hex = String(combined, radix: 16, uppercase: true)
                    output.append(contentsOf: ("\\U" + String(repeating: "0", count: 8 - hex.count) + hex).unicodeScalars)
                    index += 12
                } else {
                    // Any other escape: copy it whole, so an escaped quote doesn't end the string.
                    output.append(scalar)
                    if index + 1 < scalars.count { output.append(scalars[index + 1]) }
                    index += 2
                }
            default:
                output.append(scalar)
                index += 1
            }
        }
        return String(output)
    }

    /// The UTF-16 code unit of the `\uXXXX` escape starting at `index`, if there is one.
    private static func unit(at index: Int, in scalars: [Unicode.Scalar]) -> UInt32? {
        guard index + 5 < scalars.count, scalars[index] == "\\", scalars[index + 1] == "u" else { return nil }
        var value: UInt32 = 0
        for scalar in scalars[(index + 2)...(index + 5)] {
            guard let digit = Character(scalar).hexDigitValue else { return nil }
            value = value * 16 + UInt32(digit)
        }
        return value
    }
}
