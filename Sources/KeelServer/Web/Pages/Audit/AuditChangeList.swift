import Foundation
import SalesDomain

/// An audit event's changed values, field by field, from → to, in the reader's language and
/// with names for ids: the audit log and a person's change history show them alike. A moment
/// stored as an ISO 8601 timestamp reads like the event's own time, in the organization's zone.
enum AuditChangeList {
    static func render(_ changes: [String: AuditEvent.Change], names: AuditNames, text: Localizer, when: Date.FormatStyle) -> Node {
        ul(.class("changes")) {
            for (field, change) in changes.sorted(by: { $0.key < $1.key }) {
                let old = change.old.map { value(field, $0, names, text, when) }
                let new = change.new.map { value(field, $0, names, text, when) }
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

    private static func value(_ field: String, _ raw: String, _ names: AuditNames, _ text: Localizer, _ when: Date.FormatStyle) -> String {
        if let moment = moment(raw) { return moment.formatted(when) }
        return clipped(text.auditValue(raw, field: field, names: names))
    }

    /// A stored timestamp ("2025-10-02T17:48:58Z", with or without fractions of a second); a
    /// plain day ("2025-10-02") already reads as the pages write days.
    static func moment(_ raw: String) -> Date? {
        guard raw.count >= 20, raw.contains("T") else { return nil }
        return (try? Date.ISO8601FormatStyle().parse(raw))
            ?? (try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(raw))
    }

    /// Long values (a framework's text, a settings document) stay readable in a table; the files have them whole.
    static func clipped(_ value: String) -> String {
        value.count > 160 ? String(value.prefix(160)) + "…" : value
    }
}
