import SalesDomain

/// Why a whole file can't be imported (as opposed to a problem with some of its rows).
public enum ImportFileError: Error, Sendable, Hashable, CustomStringConvertible {
    case notCSV(CSVError)
    case missingColumns([String], found: [String])
    /// The header did not split: the file's fields are separated by `found`, not `reading`.
    case separatedBy(Character, reading: Character)
    case duplicateColumns([String])
    case mappingLacksField(field: String, mapping: String)
    case unknownMapping(String, known: [String])
    /// Every problem of a custom mapping file, in line order.
    case invalidMappingFile([MappingFileProblem])

    public var description: String {
        switch self {
        case .notCSV(let error):
            "the file is not readable CSV: \(error)"
        case .missingColumns(let missing, let found):
            "line 1: column\(missing.count == 1 ? "" : "s") \(missing.map { "'\($0)'" }.joined(separator: ", ")) "
                + "\(missing.count == 1 ? "is" : "are") missing; the header has \(found.map { "'\($0)'" }.joined(separator: ", "))"
        case .separatedBy(let found, let reading):
            "line 1: the file is separated by '\(Self.shown(found))', not '\(Self.shown(reading))'; "
                + "leave the mapping's delimiter out so Keel finds it, or set it to '\(Self.shown(found))'"
        case .duplicateColumns(let columns):
            "line 1: column\(columns.count == 1 ? "" : "s") \(columns.map { "'\($0)'" }.joined(separator: ", ")) "
                + "appear\(columns.count == 1 ? "s" : "") more than once; keep one of each, so it is clear which value counts"
        case .mappingLacksField(let field, let mapping):
            "mapping '\(mapping)' does not say which column holds '\(field)', which this import needs"
        case .unknownMapping(let name, let known):
            "no mapping named '\(name)'; built in: \(known.joined(separator: ", ")), or give a YAML file"
        case .invalidMappingFile(let problems):
            problems.map(\.description).joined(separator: "; ")
        }
    }

    /// What is wrong in words the interface translates, for the errors people meet in the
    /// upload form; the others keep the reader's own wording.
    public var problem: Problem? {
        switch self {
        case .separatedBy(let found, let reading):
            Problem(.fileSeparatedBy, ["separator": Self.shown(found), "expected": Self.shown(reading)])
        default:
            nil
        }
    }

    /// A tab cannot be seen between quotes.
    static func shown(_ separator: Character) -> String {
        separator == "\t" ? "\\t" : String(separator)
    }
}
