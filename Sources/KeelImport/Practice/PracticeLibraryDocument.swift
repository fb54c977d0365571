import SalesDomain

/// A practice library as a file holds it: items naming their competency by key, each with the
/// line it starts on, so that what is wrong with it can be reported there.
public struct PracticeLibraryDocument: Hashable, Sendable {
    public struct Item: Hashable, Sendable {
        public var key: String
        public var competencyKey: String
        public var aimLevel: Int
        public var minutes: Int
        public var title: LocalizedText
        public var content: PracticeContent
        public var line: Int

        public init(key: String, competencyKey: String, aimLevel: Int, minutes: Int, title: LocalizedText, content: PracticeContent, line: Int) {
            self.key = key
            self.competencyKey = competencyKey
            self.aimLevel = aimLevel
            self.minutes = minutes
            self.title = title
            self.content = content
            self.line = line
        }
    }

    public var items: [Item]

    public init(items: [Item]) {
        self.items = items
    }

    /// The library as items of `framework`, every problem of every item at once, at its line:
    /// a competency the framework lacks, a key used twice, and whatever
    /// ``PracticeItem/validated(in:)`` finds. An item whose key the organization already has
    /// keeps that item's id (`existing`), so importing a file again edits rather than duplicates.
    public func items(in framework: CompetencyFramework, existing: [String: PracticeItem.ID], newID: () -> PracticeItem.ID) throws(FrameworkFileError) -> [PracticeItem] {
        var problems: [FrameworkFileProblem] = []
        var seen: [String: Int] = [:]
        var result: [PracticeItem] = []
        for item in items {
            if let first = seen[item.key] {
                problems.append(FrameworkFileProblem(
                    line: item.line, kind: .duplicate, problem: Problem(.practiceItemKeyUsedOnLine, ["key": item.key, "line": String(first)])))
                continue
            }
            seen[item.key] = item.line
            guard let competency = framework.competency(key: item.competencyKey) else {
                problems.append(FrameworkFileProblem(
                    line: item.line, kind: .invalidValue,
                    problem: Problem(.competencyNotInFramework, ["key": framework.key, "version": String(framework.version)])))
                continue
            }
            let practiceItem = PracticeItem(
                id: existing[item.key] ?? newID(), key: item.key, competencyID: competency.id, aimLevel: item.aimLevel,
                minutes: item.minutes, title: item.title, content: item.content)
            do {
                result.append(try practiceItem.validated(in: framework))
            } catch {
                for fieldError in error.errors {
                    problems.append(FrameworkFileProblem(
                        line: item.line, path: .root.appending(fieldError.field), kind: fieldError.code == .required ? .required : .invalidValue,
                        problem: fieldError.problem))
                }
            }
        }
        if !problems.isEmpty { throw FrameworkFileError(problems: problems) }
        return result
    }
}
