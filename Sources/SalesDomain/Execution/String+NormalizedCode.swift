import Foundation

extension String {
    /// The form in which organization-defined codes (activity types, reasons, stages) are
    /// compared: trimmed, lower-cased, with runs of spaces, hyphens and underscores turned
    /// into one `_`. CRM exports spell the same thing "Quote prep", "quote-prep" and
    /// "QUOTE_PREP"; treating those as three types would split one row of a report into three.
    var normalizedCode: String {
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
}
