import SalesDomain

/// One thing wrong in a custom mapping file: its line (when the parser knows it), what is wrong
/// as a ``Problem`` the interface words in the reader's language, and the same in English for
/// the command line.
public struct MappingFileProblem: Sendable, Hashable, CustomStringConvertible {
    public var line: Int?
    public var problem: Problem
    public var message: String

    public init(line: Int?, _ problem: Problem, _ message: String) {
        self.line = line
        self.problem = problem
        self.message = message
    }

    public var description: String {
        (line.map { "mapping file line \($0): " } ?? "mapping file: ") + message
    }
}
