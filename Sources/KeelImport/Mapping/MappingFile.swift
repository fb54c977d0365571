import Yams

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
    public static func parse(_ text: String) throws(ImportFileError) -> ColumnMapping {
        let root: Node
        do {
            guard let composed = try Yams.compose(yaml: text) else {
                throw ImportFileError.invalidMappingFile(line: nil, message: "the file is empty")
            }
            root = composed
        } catch let error as ImportFileError {
            throw error
        } catch let error as YamlError {
            throw .invalidMappingFile(line: error.line, message: "not valid YAML (\(error.problem))")
        } catch {
            throw .invalidMappingFile(line: nil, message: "not valid YAML")
        }
        guard let top = root.mapping else { throw .invalidMappingFile(line: root.mark?.line, message: "expected keys such as name, kind and columns") }

        func scalar(_ key: String, required: Bool) throws(ImportFileError) -> String? {
            guard let node = top[key] else {
                if required { throw .invalidMappingFile(line: root.mark?.line, message: "'\(key)' is missing") }
                return nil
            }
            guard let value = node.string else { throw .invalidMappingFile(line: node.mark?.line, message: "'\(key)' must be text") }
            return value
        }

        let allowedKeys: Set<String> = ["name", "kind", "description", "date_format", "decimal_separator", "delimiter", "columns", "values",
                                        "won_stages", "lost_stages", "stage_order", "email_pattern"]
        for (key, _) in top {
            guard let name = key.string, allowedKeys.contains(name) else {
                throw .invalidMappingFile(line: key.mark?.line, message: "unknown key '\(key.string ?? "?")'; expected \(allowedKeys.sorted().joined(separator: ", "))")
            }
        }

        let name = try scalar("name", required: true)!
        let kindText = try scalar("kind", required: true)!
        guard let kind = ImportKind(rawValue: kindText) else {
            throw .invalidMappingFile(line: top["kind"]?.mark?.line, message: "kind '\(kindText)' is not one of \(ImportKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        var dateFormat = DateColumnFormat.iso
        if let format = try scalar("date_format", required: false) {
            guard let parsed = DateColumnFormat(rawValue: format) else {
                throw .invalidMappingFile(line: top["date_format"]?.mark?.line,
                                          message: "date_format '\(format)' is not one of \(DateColumnFormat.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            dateFormat = parsed
        }
        let decimalSeparator = try scalar("decimal_separator", required: false)
        guard decimalSeparator == nil || decimalSeparator == "." || decimalSeparator == "," else {
            throw .invalidMappingFile(line: top["decimal_separator"]?.mark?.line, message: "decimal_separator must be '.' or ','")
        }
        var delimiter: Character?
        if let text = try scalar("delimiter", required: false) {
            let written: [String: Character] = [",": ",", ";": ";", "|": "|", "\t": "\t", "tab": "\t"]
            guard let character = written[text] else {
                throw .invalidMappingFile(line: top["delimiter"]?.mark?.line, message: "delimiter must be ',', ';', '|' or tab")
            }
            delimiter = character
        }

        let allowedFields = ImportField.fields(for: kind)
        func field(_ keyNode: Node) throws(ImportFileError) -> ImportField {
            guard let key = keyNode.string, let field = ImportField(rawValue: key), allowedFields.contains(field) else {
                throw .invalidMappingFile(line: keyNode.mark?.line,
                                          message: "'\(keyNode.string ?? "?")' is not a field of \(kind.rawValue); expected \(allowedFields.map(\.rawValue).joined(separator: ", "))")
            }
            return field
        }

        guard let columnsNode = top["columns"], let columnsMapping = columnsNode.mapping else {
            throw .invalidMappingFile(line: top["columns"]?.mark?.line ?? root.mark?.line, message: "'columns' must map Keel fields to column headers")
        }
        var columns: [ImportField: String] = [:]
        for (key, value) in columnsMapping {
            let target = try field(key)
            guard let header = value.string, !header.isEmpty else {
                throw .invalidMappingFile(line: value.mark?.line, message: "the column for '\(target.rawValue)' must be a header name")
            }
            if columns[target] != nil {
                throw .invalidMappingFile(line: key.mark?.line, message: "'\(target.rawValue)' is mapped twice")
            }
            columns[target] = header
        }
        for required in ImportField.requiredFields(for: kind) where columns[required] == nil {
            throw .invalidMappingFile(line: columnsNode.mark?.line, message: "columns must say which column holds '\(required.rawValue)'")
        }

        var values: [ImportField: [String: String]] = [:]
        // The stage translations in the order the file writes them: the pipeline order by default.
        var writtenStages: [String] = []
        if let valuesNode = top["values"] {
            guard let valuesMapping = valuesNode.mapping else {
                throw .invalidMappingFile(line: valuesNode.mark?.line, message: "'values' must map fields to value translations")
            }
            for (key, translations) in valuesMapping {
                let target = try field(key)
                guard let pairs = translations.mapping else {
                    throw .invalidMappingFile(line: translations.mark?.line, message: "values of '\(target.rawValue)' must map CRM values to Keel values")
                }
                var table: [String: String] = [:]
                for (from, to) in pairs {
                    guard let from = from.string, let to = to.string else {
                        throw .invalidMappingFile(line: to.mark?.line, message: "translations of '\(target.rawValue)' must be text")
                    }
                    table[from] = to
                    if target == .stage, !writtenStages.contains(to) { writtenStages.append(to) }
                }
                values[target] = table
            }
        }

        func list(_ key: String, default fallback: [String]) throws(ImportFileError) -> [String] {
            guard let node = top[key] else { return fallback }
            guard let sequence = node.sequence else { throw .invalidMappingFile(line: node.mark?.line, message: "'\(key)' must be a list") }
            var items: [String] = []
            for item in sequence {
                guard let text = item.string else { throw .invalidMappingFile(line: item.mark?.line, message: "'\(key)' must list text values") }
                items.append(text)
            }
            return items
        }

        let wonStages = try list("won_stages", default: ["won"])
        let lostStages = try list("lost_stages", default: ["lost"])
        let closing = Set(wonStages + lostStages)
        let stageOrder = try list("stage_order", default: writtenStages.filter { !closing.contains($0) })
        return ColumnMapping(
            name: name, kind: kind, description: try scalar("description", required: false), columns: columns,
            dateFormat: dateFormat, values: values, wonStages: wonStages, lostStages: lostStages, decimalSeparator: decimalSeparator,
            stageOrder: stageOrder.isEmpty ? nil : stageOrder, delimiter: delimiter, emailPattern: try scalar("email_pattern", required: false)
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
