import SalesDomain

/// An audit event's changed values, field by field, from → to, in the reader's language and
/// with names for ids: the audit log and a person's change history show them alike.
enum AuditChangeList {
    static func render(_ changes: [String: AuditEvent.Change], names: AuditNames, text: Localizer) -> Node {
        ul(.class("changes")) {
            for (field, change) in changes.sorted(by: { $0.key < $1.key }) {
                let old = change.old.map { value(field, $0, names, text) }
                let new = change.new.map { value(field, $0, names, text) }
                li {
                    span(.class("field")) { text.auditField(field) }
                    ": "
                    switch (old, new) {
                    case (let old?, let new?): "\(old) → \(new)"
                    case (nil, let new?): new
                    case (let old?, nil): "\(old) → —"
                    case (nil, nil): "—"
                    }
                }
            }
        }
    }

    private static func value(_ field: String, _ raw: String, _ names: AuditNames, _ text: Localizer) -> String {
        clipped(text.auditValue(raw, field: field, names: names))
    }

    /// Long values (a framework's text, a settings document) stay readable in a table; the files have them whole.
    static func clipped(_ value: String) -> String {
        value.count > 160 ? String(value.prefix(160)) + "…" : value
    }
}
