/// Why a whole file can't be imported (as opposed to a problem with some of its rows).
public enum ImportFileError: Error, Sendable, Hashable, CustomStringConvertible {
    case notCSV(CSVError)
    case missingColumns([String], found: [String])
    case duplicateColumns([String])
    case mappingLacksField(field: String, mapping: String)
    case unknownMapping(String, known: [String])
    case invalidMappingFile(line: Int?, message: String)

    public var description: String {
        switch self {
        case .notCSV(let error):
            "the file is not readable CSV: \(error)"
        case .missingColumns(let missing, let found):
            "line 1: column\(missing.count == 1 ? "" : "s") \(missing.map { "'\($0)'" }.joined(separator: ", ")) "
                + "\(missing.count == 1 ? "is" : "are") missing; the header has \(found.map { "'\($0)'" }.joined(separator: ", "))"
        case .duplicateColumns(let columns):
            "line 1: column\(columns.count == 1 ? "" : "s") \(columns.map { "'\($0)'" }.joined(separator: ", ")) "
                + "appear\(columns.count == 1 ? "s" : "") more than once; keep one of each, so it is clear which value counts"
        case .mappingLacksField(let field, let mapping):
            "mapping '\(mapping)' does not say which column holds '\(field)', which this import needs"
        case .unknownMapping(let name, let known):
            "no mapping named '\(name)'; built in: \(known.joined(separator: ", ")), or give a YAML file"
        case .invalidMappingFile(let line, let message):
            (line.map { "mapping file line \($0): " } ?? "mapping file: ") + message
        }
    }
}
