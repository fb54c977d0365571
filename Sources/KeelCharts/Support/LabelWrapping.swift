/// Fits user-supplied labels (competency, stage and activity names) into the room a chart has.
public enum LabelWrapping: Sendable {
    public static let ellipsis = "…"

    /// Collapses runs of whitespace (names pasted from spreadsheets carry tabs and newlines)
    /// and trims the ends.
    public static func normalized(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Breaks `text` at spaces and after hyphens or slashes into at most `maximumLines` lines no
    /// wider than `maximumWidth`. A word too long for a line is cut with an ellipsis rather
    /// than split at an arbitrary letter, because a wrong hyphenation of a Swedish compound
    /// reads worse than a clear "…" with the full name in the tooltip.
    public static func wrap(_ text: String, maximumWidth: Double, maximumLines: Int, fontSize: Double) -> WrappedLabel {
        let words = breakableWords(normalized(text))
        guard !words.isEmpty, maximumLines > 0 else { return WrappedLabel(lines: [], isTruncated: !words.isEmpty) }
        func fits(_ candidate: String) -> Bool {
            TextMetrics.estimatedWidth(of: candidate, fontSize: fontSize) <= maximumWidth
        }

        var lines: [String] = []
        var current = ""
        var index = 0
        while index < words.count {
            let word = words[index]
            let candidate = current.isEmpty ? word.trimmingLeadingSpace : current + word
            if fits(candidate.trimmingTrailingSpace) {
                current = candidate
                index += 1
                continue
            }
            if current.isEmpty {
                // A single word wider than the line: cut it, and stop here.
                lines.append(truncate(word.trimmingLeadingSpace, maximumWidth: maximumWidth, fontSize: fontSize))
                return WrappedLabel(lines: lines, isTruncated: true)
            }
            lines.append(current.trimmingTrailingSpace)
            current = ""
            if lines.count == maximumLines {
                let last = lines.removeLast()
                lines.append(truncate(last + ellipsis, maximumWidth: maximumWidth, fontSize: fontSize, alreadyShortened: true))
                return WrappedLabel(lines: lines, isTruncated: true)
            }
        }
        if !current.isEmpty { lines.append(current.trimmingTrailingSpace) }
        return WrappedLabel(lines: lines, isTruncated: false)
    }

    /// The width of the widest piece `wrap` cannot break further: a label narrower than this
    /// can only be cut.
    public static func widestWord(of text: String, fontSize: Double) -> Double {
        breakableWords(normalized(text)).map { TextMetrics.estimatedWidth(of: $0.trimmingTrailingSpace, fontSize: fontSize) }.max() ?? 0
    }

    /// The longest prefix of `text` that fits with a trailing ellipsis, or `text` itself when it
    /// fits whole.
    public static func truncate(_ text: String, maximumWidth: Double, fontSize: Double) -> String {
        truncate(normalized(text), maximumWidth: maximumWidth, fontSize: fontSize, alreadyShortened: false)
    }

    private static func truncate(_ text: String, maximumWidth: Double, fontSize: Double, alreadyShortened: Bool) -> String {
        if !alreadyShortened, TextMetrics.estimatedWidth(of: text, fontSize: fontSize) <= maximumWidth { return text }
        let base = alreadyShortened ? String(text.dropLast(ellipsis.count)) : text
        // One pass adding character widths in the same order `estimatedWidth` does, so the
        // result agrees with it exactly; re-measuring every prefix was quadratic.
        let ellipsisEms = ellipsis.reduce(0) { $0 + TextMetrics.emWidth(of: $1) }
        var keptEms = 0.0
        var kept = ""
        for character in base {
            let ems = TextMetrics.emWidth(of: character)
            guard (keptEms + ems + ellipsisEms) * fontSize * TextMetrics.safetyFactor <= maximumWidth else { break }
            keptEms += ems
            kept.append(character)
        }
        return kept.trimmingTrailingSpace + ellipsis
    }

    /// Words with the separator that may follow them kept attached, so "Pre-sales/Demo"
    /// can break as "Pre-" "sales/" "Demo" and spaces are restored on rejoining.
    static func breakableWords(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for character in text {
            if character == " " {
                if !current.isEmpty { words.append(current) }
                current = " "
            } else {
                current.append(character)
                if character == "-" || character == "/" {
                    words.append(current)
                    current = ""
                }
            }
        }
        if !current.isEmpty, current != " " { words.append(current) }
        return words
    }
}

private extension String {
    var trimmingLeadingSpace: String { hasPrefix(" ") ? String(dropFirst()) : self }
    var trimmingTrailingSpace: String { hasSuffix(" ") ? String(dropLast()) : self }
}
