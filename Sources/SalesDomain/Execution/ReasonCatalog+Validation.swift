import Foundation

extension ReasonCatalog {
    /// Whether a code is written as codes are: lower-case ASCII letters, digits and `_`.
    public static func isWellFormed(code raw: String) -> Bool {
        !raw.isEmpty && raw.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_") }
    }

    /// A catalog as the settings page and `PUT /api/v1/reasons` give it: every code written
    /// otherwise than ``isWellFormed(code:)`` (`reasons[i].code`) and every breach of the
    /// catalog's own rules (no duplicate, a name in some language) refused together; a code
    /// already refused as malformed is not also called a duplicate. `rawCodes[i]` is what was
    /// typed for `reasons[i]`, before a code is normalized.
    public static func validated(rawCodes: [String], reasons: [PostponementReason]) throws(FieldErrors) -> ReasonCatalog {
        var problems = FieldErrors.Collector()
        for index in rawCodes.indices where !isWellFormed(code: rawCodes[index]) {
            problems.append(FieldError(field: "reasons[\(index)].code", code: .invalidFormat, .reasonCodeFormat))
        }
        for problem in Self.problems(in: reasons) where !problems.failed(problem.field) {
            problems.append(problem)
        }
        try problems.throwIfAny()
        return try ReasonCatalog(reasons)
    }
}
