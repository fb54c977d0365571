import Foundation

extension OrganizationVocabulary {
    /// Long enough for "Nyckelkundsansvarig säljare, offentlig sektor"; short enough for a table cell.
    public static let maximumNameLength = 80
    public static let maximumCodeLength = 100

    /// The vocabulary a settings form or `PUT /api/v1/settings/words` gives, every problem at
    /// once, each naming its field as `words[i].kind`, `words[i].code` or `words[i].names.<tag>`:
    /// an unknown kind or language, an empty or too long code, a job role Keel does not have, a
    /// kind and code listed twice, a name given for a language but empty, a name too long. A row
    /// without names is kept out: its code reads with Keel's defaults again.
    public static func validated(_ drafts: [VocabularyDraft]) throws(FieldErrors) -> OrganizationVocabulary {
        var problems = FieldErrors.Collector()
        var entries: [VocabularyEntry] = []
        var rowByKey: [String: Int] = [:]
        for (index, draft) in drafts.enumerated() {
            let field = "words[\(index)]"
            let kind = VocabularyKind(rawValue: draft.kind)
            if kind == nil {
                problems.append(FieldError(field: "\(field).kind", code: .invalidValue, .notOneOf, [
                    "value": draft.kind, "choices": VocabularyKind.allCases.map(\.rawValue).joined(separator: ", "),
                ]))
            }
            // Activity types and stages are matched as their data's codes are: "Quote prep" is `quote_prep`.
            let trimmed = draft.code.trimmingCharacters(in: .whitespaces)
            let code = kind == .activityType || kind == .dealStage ? trimmed.normalizedCode : trimmed
            if code.isEmpty {
                problems.append(FieldError(field: "\(field).code", code: .required, .valueRequired))
            } else if code.count > maximumCodeLength {
                problems.append(FieldError(field: "\(field).code", code: .tooLong, .textTooLong, ["maximum": String(maximumCodeLength)]))
            } else if kind == .jobRole, JobRole(rawValue: code) == nil {
                problems.append(FieldError(field: "\(field).code", code: .invalidValue, .notOneOf, [
                    "value": code, "choices": JobRole.allCases.map(\.rawValue).joined(separator: ", "),
                ]))
            } else if let kind {
                if let earlier = rowByKey["\(kind.rawValue) \(code)"] {
                    problems.append(FieldError(field: "\(field).code", code: .duplicate, .wordListedTwice, ["code": code, "row": String(earlier + 1)]))
                } else {
                    rowByKey["\(kind.rawValue) \(code)"] = index
                }
            }
            var names: [Language: String] = [:]
            for (tag, raw) in draft.names.sorted(by: { $0.key < $1.key }) {
                let nameField = "\(field).names.\(tag)"
                guard let language = Language(rawValue: tag) else {
                    problems.append(FieldError(field: nameField, code: .invalidValue, .notOneOf, [
                        "value": tag, "choices": Language.allCases.map(\.rawValue).joined(separator: ", "),
                    ]))
                    continue
                }
                let name = raw.trimmingCharacters(in: .whitespacesAndNewlines)
                if name.isEmpty {
                    problems.append(FieldError(field: nameField, code: .required, .valueRequired))
                } else if name.count > maximumNameLength {
                    problems.append(FieldError(field: nameField, code: .tooLong, .textTooLong, ["maximum": String(maximumNameLength)]))
                } else {
                    names[language] = name
                }
            }
            if let kind, !names.isEmpty {
                entries.append(VocabularyEntry(kind: kind, code: code, names: names))
            }
        }
        try problems.throwIfAny()
        return OrganizationVocabulary(entries)
    }
}
