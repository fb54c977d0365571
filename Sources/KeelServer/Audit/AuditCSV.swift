import Foundation
import SalesDomain

/// The audit log as a CSV file (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs
/// read å, ä, ö and ø right), one event per row, the changes as their JSON object.
enum AuditCSV {
    static let header = ["occurred_at", "actor_id", "actor", "kind", "action", "entity_id", "person_id", "person", "changes"]

    static func file(_ report: AuditLogReport) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var lines = [header.joined(separator: ",")]
        for event in report.events {
            let changes = (try? encoder.encode(event.changes)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
            let fields = [
                event.occurredAt.formatted(.iso8601), event.actorID?.description ?? "", report.name(of: event.actorID) ?? "",
                event.kind, event.action, event.entityID.uuidString.lowercased(), event.subjectID?.description ?? "",
                report.name(of: event.subjectID) ?? "", changes,
            ]
            lines.append(fields.map(quoted).joined(separator: ","))
        }
        return "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
    }

    /// A field quoted when it needs to be; one that a spreadsheet would run as a formula is
    /// prefixed with an apostrophe (an e-mail tried at sign-in is typed by anyone).
    static func quoted(_ field: String) -> String {
        var value = field
        if let first = value.first, "=+-@\t\r".contains(first) { value = "'" + value }
        guard value.contains(where: { ",\"\r\n".contains($0) }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
