import Foundation

/// E-mail addresses as Keel stores them: trimmed, lower-cased, one `@` with text on both sides.
public enum EmailAddress {
    public static func normalize(_ raw: String, field: String = "email") throws(FieldError) -> String {
        let email = raw.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        if email.isEmpty {
            throw FieldError(field: field, code: .required, .valueRequired)
        }
        if email.count > 254 {
            throw FieldError(field: field, code: .tooLong, .textTooLong, ["maximum": "254"])
        }
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
              !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
              !email.contains(where: { $0.isWhitespace })
        else {
            throw FieldError(field: field, code: .invalidFormat, .notAnEmailAddress, ["value": raw])
        }
        return email
    }
}
