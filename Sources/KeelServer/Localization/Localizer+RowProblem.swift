import KeelImport
import SalesDomain

extension Localizer {
    /// A refused import row: where it is, and what is wrong in the reader's language when a
    /// domain rule refused it (the file reader's own findings keep their wording).
    func describe(_ row: RowProblem) -> String {
        guard let problem = row.problem else { return row.description }
        var located = row
        located.reason = self(problem)
        return located.description
    }
}
