import Yams
import SalesDomain

/// Reads a custom column mapping from YAML, with errors that name the line:
///
/// ```yaml
/// name: nordic-crm-deals
/// kind: deals
/// date_format: dd.MM.yyyy        # yyyy-MM-dd, MM/dd/yyyy, dd/MM/yyyy or dd.MM.yyyy
/// decimal_separator: ","          # left out: each value's writing tells
/// delimiter: ";"                 # left out: found from the header line
/// columns:                       # Keel field: column header in the file
///   external_id: Affärs-ID
///   owner: Säljare
///   stage: Steg
///   closed_on: Stängd
/// values:                        # per field: CRM value → Keel value
///   stage:
///     Kvalificering: qualification
///     Vunnen: won
///     Förlorad: lost
/// won_stages: [won]
/// lost_stages: [lost]
/// stage_order: [qualification]   # open stages in pipeline order; default: as the stage values are written
/// email_pattern: "{first}.{last}@example.com"   # people files without an email column
/// ```
public enum MappingFile {
    /// The mapping, or every problem of the file at once (``ImportFileError/invalidMappingFile(_:)``):
    /// a file is fixed in one round, not one line per upload. Only a file that is not YAML at all
    /// stops at its first fault, as the parser does.
    public static func parse(_ text: String) throws(ImportFileError) -> ColumnMapping {
        let root: Node
        do {
            guard let composed = try Yams.compose(yaml: text) else {
                throw ImportFileError.invalidMappingFile([MappingFileProblem(line: nil, Problem(.mappingFileEmpty), "the file is empty")])
            }
            root = composed
        } catch let error as ImportFileError {
            throw error
        } catch let error as YamlError {
            throw .invalidMappingFile([MappingFileProblem(line: error.line, Problem(.mappingFileNotYAML, ["detail": error.problem]),
                                                          "not valid YAML (\(error.problem))")])
        } catch {
            throw .invalidMappingFile([MappingFileProblem(line: nil, Problem(.mappingFileNotYAML, ["detail": "\(error)"]), "not valid YAML")])
        }
        guard let top = root.mapping else {
            throw .invalidMappingFile([MappingFileProblem(line: root.mark?.line, Problem(.mappingFileNotKeys), "expected keys such as name, kind and columns")])
        }
        var problems: [MappingFileProblem] = []
        func report(_ line: Int?, _ key: Problem.Key, _ arguments: [String: String] = [:], _ message: String) {
            problems.append(MappingFileProblem(line: line, Problem(key, arguments), message))
        }

        func scalar(_ key: String, required: Bool) -> String? {
            guard let node = top[key] else {
                if required { report(root.mark?.line, .mappingFileKeyMissing, ["key": key], "'\(key)' is missing") }
                return nil
            }
            guard let value = node.string else {
                report(node.mark?.line, .mappingFileNotText, ["key": key], "'\(key)' must be text")
                return nil
            }
            return value
        }

        let allowedKeys: Set<String> = ["name", "kind", "description", "date_format", "decimal_separator", "delimiter", "columns", "values",
                                        "won_stages", "lost_stages", "stage_order", "email_pattern"]
        let expectedKeys = allowedKeys.sorted().joined(separator: ", ")
        for (key, _) in top where !(key.string.map(allowedKeys.contains) ?? false) {
            report(key.mark?.line, .mappingFileUnknownKey, ["key": key.string ?? "?", "expected": expectedKeys],
                   "unknown key '\(key.string ?? "?")'; expected \(expectedKeys)")
        }

        let name = scalar("name", required: true)
        let kindText = scalar("kind", required: true)
        var kind: ImportKind?
        if let kindText {
            kind = ImportKind(rawValue: kindText)
            if kind == nil {
                let expected = ImportKind.allCases.map(\.rawValue).joined(separator: ", ")
                report(top["kind"]?.mark?.line, .mappingFileKindUnknown, ["kind": kindText, "expected": expected],
                       "kind '\(kindText)' is not one of \(expected)")
            }
        }
        var dateFormat = DateColumnFormat.iso
        if let format = scalar("date_format", required: false) {
            if let parsed = DateColumnFormat(rawValue: format) {
                dateFormat = parsed
            } else {
                let expected = DateColumnFormat.allCases.map(\.rawValue).joined(separator: ", ")
                report(top["date_format"]?.mark?.line, .mappingFileDateFormat, ["format": format, "expected": expected],
                       "date_format '\(format)' is not one of \(expected)")
            }
        }
        let decimalSeparator = scalar("decimal_separator", required: false)
        if let decimalSeparator, decimalSeparator != ".", decimalSeparator != "," {
            report(top["decimal_separator"]?.mark?.line, .mappingFileDecimalSeparator, ["value": decimalSeparator], "decimal_separator must be '.' or ','")
        }
        var delimiter: Character?
        if let text = scalar("delimiter", required: false) {
            let written: [String: Character] = [",": ",", ";": ";", "|": "|", "\t": "\t", "tab": "\t"]
            if let character = written[text] {
                delimiter = character
            } else {
                report(top["delimiter"]?.mark?.line, .mappingFileDelimiter, ["value": text], "delimiter must be ',', ';', '|' or tab")
            }
        }

        // Fields are judged against the kind; without a valid kind there is nothing to judge them by.
        let allowedFields = kind.map(ImportField.fields(for:)) ?? []
        func field(_ keyNode: Node) -> ImportField? {
            guard let kind else { return ImportField(rawValue: keyNode.string ?? "") }
            guard let key = keyNode.string, let field = ImportField(rawValue: key), allowedFields.contains(field) else {
                let expected = allowedFields.map(\.rawValue).joined(separator: ", ")
                report(keyNode.mark?.line, .mappingFileNotAField, ["field": keyNode.string ?? "?", "kind": kind.rawValue, "expected": expected],
                       "'\(keyNode.string ?? "?")' is not a field of \(kind.rawValue); expected \(expected)")
                return nil
            }
            return field
        }

        var columns: [ImportField: String] = [:]
        if let columnsNode = top["columns"], let columnsMapping = columnsNode.mapping {
            for (key, value) in columnsMapping {
                guard let target = field(key) else { continue }
                guard let header = value.string, !header.isEmpty else {
                    report(value.mark?.line, .mappingFileColumnNotHeader, ["field": target.rawValue], "the column for '\(target.rawValue)' must be a header name")
                    continue
                }
                if columns[target] != nil {
                    report(key.mark?.line, .mappingFileMappedTwice, ["field": target.rawValue], "'\(target.rawValue)' is mapped twice")
                }
                columns[target] = header
            }
            if let kind {
                for required in ImportField.requiredFields(for: kind) where columns[required] == nil {
                    report(columnsNode.mark?.line, .mappingFileColumnRequired, ["field": required.rawValue],
                           "columns must say which column holds '\(required.rawValue)'")
                }
            }
        } else {
            report(top["columns"]?.mark?.line ?? root.mark?.line, .mappingFileColumnsNotMap, [:], "'columns' must map Keel fields to column headers")
        }

        var values: [ImportField: [String: String]] = [:]
        // The stage translations in the order the file writes them: the pipeline order by default.
        var writtenStages: [String] = []
        if let valuesNode = top["values"] {
            if let valuesMapping = valuesNode.mapping {
                for (key, translations) in valuesMapping {
                    guard let target = field(key) else { continue }
                    guard let pairs = translations.mapping else {
                        report(translations.mark?.line, .mappingFileTranslationsNotMap, ["field": target.rawValue],
                               "values of '\(target.rawValue)' must map CRM values to Keel values")
                        continue
                    }
                    var table: [String: String] = [:]
                    for (from, to) in pairs {
                        guard let from = from.string, let to = to.string else {
                            report(to.mark?.line, .mappingFileTranslationsNotText, ["field": target.rawValue], "translations of '\(target.rawValue)' must be text")
                            continue
                        }
                        table[from] = to
                        if target == .stage, !writtenStages.contains(to) { writtenStages.append(to) }
                    }
                    values[target] = table
                }
            } else {
                report(valuesNode.mark?.line, .mappingFileValuesNotMap, [:], "'values' must map fields to value translations")
            }
        }

        func list(_ key: String, default fallback: [String]) -> [String] {
            guard let node = top[key] else { return fallback }
            guard let sequence = node.sequence else {
                report(node.mark?.line, .mappingFileNotList, ["key": key], "'\(key)' must be a list")
                return fallback
            }
            var items: [String] = []
            for item in sequence {
                guard let text = item.string else {
                    report(item.mark?.line, .mappingFileListNotText, ["key": key], "'\(key)' must list text values")
                    continue
                }
                items.append(text)
            }
            return items
        }
        let description = scalar("description", required: false)
        let wonStages = list("won_stages", default: ["won"])
        let lostStages = list("lost_stages", default: ["lost"])
        let closing = Set(wonStages + lostStages)
        let stageOrder = list("stage_order", default: writtenStages.filter { !closing.contains($0) })
        let emailPattern = scalar("email_pattern", required: false)

        guard problems.isEmpty, let name, let kind else {
            throw .invalidMappingFile(problems.sorted { ($0.line ?? 0) < ($1.line ?? 0) })
        }
        return ColumnMapping(
            name: name, kind: kind, description: description, columns: columns,
            dateFormat: dateFormat, values: values, wonStages: wonStages,
            lostStages: lostStages, decimalSeparator: decimalSeparator,
            stageOrder: stageOrder.isEmpty ? nil : stageOrder, delimiter: delimiter, emailPattern: emailPattern
        )
    }
}

extension YamlError {
    var line: Int? {
        switch self {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _): mark.line
        default: nil
        }
    }

    var problem: String {
        switch self {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _): problem
        default: "\(self)"
        }
    }
}
