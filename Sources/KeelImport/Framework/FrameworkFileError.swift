/// A framework file that cannot be imported, with every problem found in it, ordered by line, so
/// that the author can fix the whole file in one pass.
public struct FrameworkFileError: Error, Hashable, Sendable, CustomStringConvertible {
    public var problems: [FrameworkFileProblem]
    /// The framework key the file gives, when it could be read that far (`nil` otherwise), so a
    /// reader that also checks the key can name its problem beside the file's.
    public var key: String?

    /// Orders `problems` by line and column; problems at the same place keep the order given.
    public init(problems: [FrameworkFileProblem], key: String? = nil) {
        self.key = key
        self.problems = problems.enumerated()
            .sorted { lhs, rhs in
                (lhs.element.line, lhs.element.column ?? 0, lhs.offset) < (rhs.element.line, rhs.element.column ?? 0, rhs.offset)
            }
            .map(\.element)
    }

    init(_ problem: FrameworkFileProblem) {
        self.init(problems: [problem])
    }

    /// One problem per line, as the CLI prints them.
    public var description: String {
        problems.map(\.description).joined(separator: "\n")
    }
}
