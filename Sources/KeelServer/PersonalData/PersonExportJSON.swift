import Foundation
import KeelStore

/// A person's export as the JSON file the API, the web link and `keel person export` give:
/// sorted keys and ISO 8601 dates, so two exports of the same data are the same bytes.
public enum PersonExportJSON {
    public static func encode(_ export: PersonExport) throws -> Data {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return try encoder.encode(export)
    }
}
