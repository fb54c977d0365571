import Foundation

extension String {
    /// The form in which organization-defined codes (activity types, reasons, stages) are
    /// compared: trimmed, lower-cased, with runs of spaces, hyphens and underscores turned
    /// into one `_`. CRM exports spell the same thing "Quote prep", "quote-prep" and
    /// "QUOTE_PREP"; treating those as three types would split one row of a report into three.
    var normalizedCode: String {
        if let ascii = asciiNormalizedCode { return ascii }
        var result = ""
        var pendingSeparator = false
        for character in trimmingCharacters(in: .whitespacesAndNewlines).lowercased() {
            if character.isWhitespace || character == "-" || character == "_" {
                pendingSeparator = true
            } else {
                if pendingSeparator, !result.isEmpty { result.append("_") }
                pendingSeparator = false
                result.append(character)
            }
        }
        return result
    }

    /// The same for text that is all ASCII, byte by byte: an import normalizes the activity
    /// type of every row, and going through Foundation's trimming and `Character`s took more
    /// than reading the row. `nil` for other text.
    private var asciiNormalizedCode: String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        var pendingSeparator = false
        for byte in utf8 {
            guard byte < 0x80 else { return nil }
            // Tab, line feed, vertical tab, form feed, carriage return, space: ASCII's whitespace.
            if (0x09...0x0D).contains(byte) || byte == 0x20 || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") {
                pendingSeparator = true
            } else {
                if pendingSeparator, !bytes.isEmpty { bytes.append(UInt8(ascii: "_")) }
                pendingSeparator = false
                bytes.append((UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 0x20 : byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
