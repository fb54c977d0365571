/// Builds a chart's `<desc>`: the caller's summary, then every value the chart shows, so a
/// screen-reader user gets the same data a sighted reader does.
///
/// Only punctuation is added here; every word comes from the caller in the reader's language.
enum ChartDescription {
    static func compose(summary: String?, items: [String]) -> String {
        var parts: [String] = []
        if let summary = summary.map(LabelWrapping.normalized), !summary.isEmpty {
            parts.append(summary.hasSuffix(".") ? summary : summary + ".")
        }
        let listed = items.filter { !$0.isEmpty }.joined(separator: "; ")
        if !listed.isEmpty { parts.append(listed + ".") }
        return parts.joined(separator: " ")
    }

    /// "Name: value" with the name's whitespace normalized.
    static func item(_ name: String, _ detail: String) -> String {
        "\(LabelWrapping.normalized(name)): \(detail)"
    }
}
