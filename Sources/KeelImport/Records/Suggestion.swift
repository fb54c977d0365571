/// Finds the known value a mistyped one most likely meant.
public enum Suggestion {
    /// The closest candidate by edit distance after folding case and dropping spaces and
    /// punctuation, if it is close enough to be a slip (distance at most a third of its length,
    /// and 3 at most). `GTXPro` → `GTX Pro` folds to an exact match.
    public static func closest(to value: String, in candidates: some Sequence<String>) -> String? {
        let folded = fold(value)
        guard !folded.isEmpty else { return nil }
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(folded, fold(candidate))
            if distance < (best?.distance ?? .max) { best = (candidate, distance) }
        }
        guard let best, best.distance <= min(3, max(1, folded.count / 3)) else { return nil }
        return best.candidate
    }

    static func fold(_ text: String) -> [Character] {
        Array(text.lowercased().filter { $0.isLetter || $0.isNumber })
    }

    /// Levenshtein distance with two rows of memory.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
