import SalesDomain
import Yams

extension FrameworkFileProblem {
    /// The problem libyaml reports, at its mark. The parser's own account of where the file
    /// stopped being YAML is English and stays an argument; the rest is worded by the interface.
    init(syntaxError error: YamlError, in text: String) {
        switch error {
        case .composer(_, "but found another document", let mark, _):
            self.init(at: TextPosition(mark), kind: .syntax, problem: Problem(.frameworkFileSecondDocument))
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let worded = context.map {
                Problem(.frameworkFileNotYAMLSince, [
                    "detail": problem, "context": $0.text, "line": String($0.mark.line), "column": String($0.mark.column),
                ])
            }
            self.init(at: TextPosition(mark), kind: .syntax, problem: worded ?? Problem(.frameworkFileNotYAML, ["detail": problem]))
        case .reader(let problem, let offset, _, _):
            let position = offset.map { TextPosition.end(of: text.prefix($0).unicodeScalars) } ?? .start
            self.init(at: position, kind: .syntax, problem: Problem(.frameworkFileNotYAML, ["detail": problem]))
        case .duplicatedKeysInMapping(let duplicates, let context):
            self.init(
                at: TextPosition(context.mark), kind: .duplicateKey,
                problem: Problem(.frameworkFileKeysRepeated, ["keys": duplicates.map { "`\($0)`" }.joined(separator: ", ")])
            )
        default:
            self.init(at: .start, kind: .syntax, problem: Problem(.frameworkFileNotYAML, ["detail": "\(error)"]))
        }
    }
}
