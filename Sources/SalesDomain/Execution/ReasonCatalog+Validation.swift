import Foundation

extension ReasonCatalog {
    /// Whether a code is written as codes are: lower-case ASCII letters, digits and `_`.
    public static func isWellFormed(code raw: String) -> Bool {
        !raw.isEmpty && raw.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_") }
    }

    /// A catalog as the settings page and `PUT /api/v1/reasons` give it: every code written
    /// otherwise than ``isWellFormed(code:)`` is refused at once (`reasons[i].code`), before the
    /// catalog's own rules (no duplicate, a name in some language). `rawCodes[i]` is what was
    /// typed for `reasons[i]`, before a code is normalized.
    public static func validated(rawCodes: [String], reasons: [PostponementReason]) throws -> ReasonCatalog {
        let badCodes = rawCodes.indices.filter { !isWellFormed(code: rawCodes[$0]) }
        if !badCodes.isEmpty {
            throw FieldErrors(badCodes.map { FieldError(field: "reasons[\($0)].code", code: .invalidFormat, .reasonCodeFormat) })
        }
        return try ReasonCatalog(reasons)
    }
}
