import Yams

extension FrameworkFileProblem {
    /// The problem libyaml reports, at its mark, in words an author can act on.
    init(syntaxError error: YamlError, in text: String) {
        switch error {
        case .composer(_, "but found another document", let mark, _):
            self.init(
                at: TextPosition(mark), kind: .syntax,
                message: "a second document starts here; a framework file holds exactly one (remove the `---` line and what follows, or split the file)"
            )
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            var message = "syntax error: \(problem)"
            if let context {
                message += " (\(context.text) from line \(context.mark.line), column \(context.mark.column))"
            }
            self.init(at: TextPosition(mark), kind: .syntax, message: message)
        case .reader(let problem, let offset, _, _):
            let position = offset.map { TextPosition.end(of: text.prefix($0).unicodeScalars) } ?? .start
            self.init(at: position, kind: .syntax, message: "the text cannot be read: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "`\($0)`" }.joined(separator: ", ")
            self.init(
                at: TextPosition(context.mark), kind: .duplicateKey,
                message: "key \(keys) appears more than once in this mapping; keep one"
            )
        default:
            self.init(at: .start, kind: .syntax, message: "the file cannot be read as YAML or JSON (\(error))")
        }
    }
}
