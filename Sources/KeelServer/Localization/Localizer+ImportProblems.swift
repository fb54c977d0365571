import KeelImport
import SalesDomain

extension Localizer {
    /// A refused import row in the reader's language: where it is (line, column, value), what is
    /// wrong and what it may have meant. A problem from an older release without a worded
    /// reason keeps its English one.
    public func describe(_ row: RowProblem) -> String {
        var text = self(Problem(.importAtLine, ["line": String(row.line)]))
        if let column = row.column { text += ", " + self(Problem(.importAtColumn, ["column": column])) }
        if let value = row.value { text += ", " + self(Problem(.importAtValue, ["value": value])) }
        text += ": " + (row.problem.map { self($0) } ?? row.reason)
        if let suggestion = row.suggestion { text += "; " + self(Problem(.importDidYouMean, ["suggestion": suggestion])) }
        return text
    }

    /// Why a whole file cannot be imported, in the reader's language.
    public func describe(_ error: ImportFileError) -> String {
        if let problem = error.problem { return self(problem) }
        let quoted = { (names: [String]) in names.map { self(Problem(.importAtColumn, ["column": $0])) }.joined(separator: ", ") }
        switch error {
        case .notCSV(let csv):
            let located = csv.line.map { self(Problem(.importAtLine, ["line": String($0)])) + ": " } ?? ""
            return self(Problem(.importNotCSV, ["detail": located + self(csv.problem)]))
        case .missingColumns(let missing, let found):
            return self(Problem(.importColumnsMissing, ["columns": quoted(missing), "header": quoted(found)]))
        case .duplicateColumns(let columns):
            return self(Problem(.importColumnsDuplicate, ["columns": quoted(columns)]))
        case .mappingLacksField(let field, let mapping):
            return self(Problem(.importMappingLacksField, ["field": field, "mapping": mapping]))
        case .unknownMapping(let name, let known):
            return self(Problem(.importMappingUnknown, ["name": name, "known": known.joined(separator: ", ")]))
        case .invalidMappingFile(let problems):
            return problems.map { describe($0) }.joined(separator: "; ")
        case .separatedBy:
            return error.description
        }
    }
}

extension Localizer {
    /// One problem of a custom mapping file, at its line when the parser knows it. Only a YAML
    /// parser's own detail (where the file stopped being YAML) stays as the parser wrote it.
    public func describe(_ problem: MappingFileProblem) -> String {
        let worded = self(problem.problem)
        return problem.line.map { self(Problem(.importMappingFileLine, ["line": String($0), "message": worded])) } ?? worded
    }
}

extension Localizer {
    /// A framework or practice library file's problem at its line (and column and path), in the
    /// reader's language: `rad 12, kolumn 5: areas[0].key: …`.
    public func describe(_ problem: FrameworkFileProblem) -> String {
        var place = self(Problem(.importAtLine, ["line": String(problem.line)]))
        if let column = problem.column { place += ", " + self(Problem(.frameworkFileAtColumn, ["column": String(column)])) }
        if let path = problem.path, !path.components.isEmpty { place += ": \(path)" }
        return place + ": " + word(problem)
    }

    /// What is wrong with a framework or practice library file, without its place (the API gives
    /// line, column and path as fields of their own).
    public func word(_ problem: FrameworkFileProblem) -> String {
        var worded = problem.problem
        if let found = problem.found { worded.arguments["found"] = self(found) }
        return self(worded)
    }

    /// A framework's content problem at its path, in the reader's language.
    public func describe(_ problem: FrameworkProblem) -> String {
        "\(problem.path): \(self(problem.problem))"
    }
}
