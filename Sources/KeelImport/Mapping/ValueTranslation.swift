/// One field's value map (CRM value → Keel value), matched the way CRMs really write values:
/// HubSpot writes both "Closed Won" and "Closed won", and exports carry stray or doubled
/// spaces. An exact match wins; otherwise case and white space are ignored, unless two keys
/// that differ only so translate to different values (then only their exact spelling matches).
struct ValueTranslation: Sendable {
    private let exact: [String: String]
    private let folded: [String: String]

    init(_ table: [String: String]) {
        exact = table
        var candidates: [String: Set<String>] = [:]
        for (from, to) in table { candidates[Self.fold(from), default: []].insert(to) }
        folded = candidates.compactMapValues { $0.count == 1 ? $0.first : nil }
    }

    func callAsFunction(_ value: String) -> String? {
        exact[value] ?? folded[Self.fold(value)]
    }

    /// Lower case, white space runs as one space, none at the ends.
    static func fold(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
    }
}
