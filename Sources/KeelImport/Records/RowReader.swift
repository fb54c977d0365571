import Foundation
import SalesDomain

/// Reads mapped fields from one row, collecting every problem instead of stopping at the first,
/// so a report lists all that is wrong with a row at once.
struct RowReader {
    let binding: HeaderBinding
    let record: CSVRecord
    private(set) var problems: [RowProblem] = []

    init(binding: HeaderBinding, record: CSVRecord) {
        self.binding = binding
        self.record = record
        if record.fields.count != binding.header.count {
            problems.append(RowProblem(
                line: record.line, column: nil, value: nil,
                reason: "has \(record.fields.count) fields but the header has \(binding.header.count)",
                problem: Problem(.importFieldCount, ["fields": String(record.fields.count), "header": String(binding.header.count)])
            ))
        }
        // Every field, mapped or not, is held to the same limits, so nothing odd is stored
        // and nothing huge is carried along.
        for (index, field) in record.fields.enumerated() {
            let column = index < binding.header.count ? binding.header[index] : "#\(index + 1)"
            if field.utf8.contains(where: Self.isRefusedControl) {
                problems.append(RowProblem(line: record.line, column: column, value: field,
                                           reason: "holds a control character (such as NUL); export the file again as plain text",
                                           problem: Problem(.importControlCharacter)))
            }
            if field.utf8.count > Self.maximumFieldBytes {
                problems.append(RowProblem(line: record.line, column: column, value: field,
                                           reason: "is longer than \(Self.maximumFieldBytes / 1000) kB; no CRM field needs that much",
                                           problem: Problem(.importFieldTooLong, ["kilobytes": String(Self.maximumFieldBytes / 1000)])))
            }
        }
    }

    /// The longest field a row may hold, in bytes of UTF-8.
    static let maximumFieldBytes = 10_000

    /// C0 controls and DEL, as UTF-8 bytes (no other character's bytes fall in that range);
    /// tab and line breaks are ordinary text in a quoted field.
    private static func isRefusedControl(_ byte: UInt8) -> Bool {
        (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0x7F
    }

    mutating func report(_ field: ImportField, value: String?, _ reason: String, _ problem: Problem, suggestion: String? = nil) {
        problems.append(RowProblem(line: record.line, column: binding.column(of: field), value: value, reason: reason, suggestion: suggestion,
                                   problem: problem))
    }

    /// The field's value after the mapping's value translation, if any.
    mutating func text(_ field: ImportField) -> String? {
        guard let raw = binding.value(field, in: record) else { return nil }
        guard let translate = binding.translations[field] else { return raw }
        if let translated = translate(raw) { return translated }
        if field == .stage, let known = binding.mapping.values[field]?.keys {
            report(field, value: raw, "stage is not in mapping '\(binding.mapping.name)' (known: \(known.sorted().joined(separator: ", ")))",
                   Problem(.importStageNotInMapping, ["mapping": binding.mapping.name, "known": known.sorted().joined(separator: ", ")]),
                   suggestion: Suggestion.closest(to: raw, in: known))
            return nil
        }
        return raw
    }

    mutating func required(_ field: ImportField) -> String? {
        let value = text(field)
        if value == nil, binding.value(field, in: record) == nil {
            report(field, value: nil, "\(field.rawValue) is required", Problem(.importFieldRequired))
        }
        return value
    }

    mutating func date(_ field: ImportField) -> Date? {
        guard let raw = binding.value(field, in: record) else { return nil }
        guard let date = binding.mapping.dateFormat.parseOrUnmistakable(Substring(raw)) else {
            report(field, value: raw, "not a date in the format \(binding.mapping.dateFormat.rawValue)",
                   Problem(.importNotADate, ["format": binding.mapping.dateFormat.rawValue]))
            return nil
        }
        return date
    }

    mutating func requiredDate(_ field: ImportField) -> Date? {
        if binding.value(field, in: record) == nil {
            report(field, value: nil, "\(field.rawValue) is required", Problem(.importFieldRequired))
            return nil
        }
        return date(field)
    }

    mutating func decimal(_ field: ImportField) -> Decimal? {
        guard let raw = binding.value(field, in: record) else { return nil }
        // Excel separates with `;` exactly where the decimal mark is a comma.
        guard let value = DecimalText.parse(raw, decimalMark: binding.mapping.decimalSeparator.flatMap(\.first),
                                            commaIsDecimal: binding.dialect.separator == ";")
        else {
            report(field, value: raw, "not a number", Problem(.importNotANumber))
            return nil
        }
        if value < 0 {
            report(field, value: raw, "must not be negative", Problem(.importNegative))
            return nil
        }
        return value
    }

    /// A duration as written; whether it is within ``ActivityLimits/minutes`` is checked with
    /// the activity's other limits when it is imported.
    mutating func minutes(_ field: ImportField) -> Int? {
        guard let raw = binding.value(field, in: record) else { return nil }
        guard let value = Int(raw) ?? Double(raw).map({ Int($0.rounded()) }) ?? Self.clockDuration(raw) else {
            report(field, value: raw, "not a duration in minutes or HH:MM", Problem(.importNotADuration))
            return nil
        }
        return value
    }

    /// `1:30` or `01:30:00` as minutes (Pipedrive and HubSpot write durations so).
    static func clockDuration(_ raw: String) -> Int? {
        let parts = raw.split(separator: ":").map { Int($0) }
        guard (2...3).contains(parts.count), parts.allSatisfy({ $0 != nil && $0! >= 0 }) else { return nil }
        let hours = parts[0]!, minutes = parts[1]!
        let seconds = parts.count == 3 ? parts[2]! : 0
        return hours * 60 + minutes + (seconds >= 30 ? 1 : 0)
    }
}
