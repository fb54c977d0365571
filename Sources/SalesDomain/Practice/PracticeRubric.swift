/// Scoring a role-play on the competency's behavioural levels — the same descriptions an
/// assessment rates against, so practice and assessment speak one language.
///
/// The observer marks, for every level above the first, whether what the seller did in the
/// role-play was effective at that level. The level is the highest one reached without a gap:
/// 1 plus the number of levels from 2 upward marked effective before the first that is not.
/// Level 1 is the floor and is not marked. Every level must be marked: an unmarked level is a
/// problem named by its field (`level-N`), a level sent with a mark that is neither choice is
/// named with what was sent, all of them at once.
public enum PracticeRubric {
    /// - Parameter unreadable: levels sent with a mark that is neither choice, and what was sent.
    public static func level(_ marks: [Int: Bool], unreadable: [Int: String] = [:], scale: ClosedRange<Int>) throws(FieldErrors) -> Int {
        let scored = Array(scale.dropFirst())
        var problems = scored.filter { marks[$0] == nil }.map { level -> FieldError in
            guard let value = unreadable[level] else {
                return FieldError(field: "level-\(level)", code: .required, .practiceLevelNotMarked, ["level": String(level)])
            }
            return FieldError(field: "level-\(level)", code: .invalidValue, .practiceLevelMarkNotAChoice, ["level": String(level), "value": value])
        }
        problems += Set(marks.keys).union(unreadable.keys).filter { !scored.contains($0) }.sorted().map {
            FieldError(field: "level-\($0)", code: .invalidValue, .levelOutsideScale, ["level": String($0), "scale": "\(scale.lowerBound)–\(scale.upperBound)"])
        }
        if !problems.isEmpty { throw FieldErrors(problems) }
        return scale.lowerBound + scored.prefix { marks[$0] == true }.count
    }
}
