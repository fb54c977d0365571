import SalesDomain

/// What a refused form shows: every problem worded in the reader's language, each at its field
/// and all of them in the summary at the top.
struct FormProblems: Sendable {
    struct Entry: Sendable, Hashable {
        var field: String
        var message: String
    }

    var entries: [Entry]

    init(_ errors: [FieldError], text: Localizer) {
        entries = errors.map { Entry(field: $0.field, message: text($0.problem)) }
    }

    var isEmpty: Bool { entries.isEmpty }

    /// The message shown at a field; several problems on one field read as one paragraph.
    func message(for field: String) -> String? {
        let messages = entries.filter { $0.field == field }.map(\.message)
        return messages.isEmpty ? nil : messages.joined(separator: " ")
    }
}
