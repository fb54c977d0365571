import KeelImport
import SalesDomain

extension Localizer {
    /// A refused import row: where it is, and what is wrong in the reader's language when a
    /// domain rule refused it (the file reader's own findings keep their wording).
    public func describe(_ row: RowProblem) -> String {
        guard let problem = row.problem else { return row.description }
        var located = row
        located.reason = self(problem)
        return located.description
    }
}

extension Localizer {
    /// A framework file's problem at its line, the content's problems in the reader's language.
    public func describe(_ problem: FrameworkFileProblem) -> String {
        var worded = problem
        if let domain = problem.problem { worded.message = self(domain) }
        return worded.description
    }

    /// A framework's content problem at its path, in the reader's language.
    public func describe(_ problem: FrameworkProblem) -> String {
        "\(problem.path): \(self(problem.problem))"
    }
}
