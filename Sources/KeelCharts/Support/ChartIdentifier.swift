/// The prefix of every `id` inside one chart: its `<title>`, `<desc>` and fill patterns.
///
/// Several charts share a page, and `aria-labelledby` and `url(#…)` resolve against the whole
/// document, so the ids must differ between charts. Callers may name a chart; otherwise the id
/// is derived from the chart's content, which keeps output deterministic (no counters, no
/// random values) and different charts apart.
public struct ChartIdentifier: Hashable, Sendable {
    public let rawValue: String

    /// Keeps ASCII letters, digits, `-` and `_`, and starts the result with a letter so it is
    /// a valid id and CSS selector whatever the caller passed (e.g. a UUID or a person's name).
    public init(_ text: String) {
        let kept = text.unicodeScalars.filter { scalar in
            scalar.isASCII && (("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
                || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_")
        }
        let cleaned = String(String.UnicodeScalarView(kept))
        if let first = cleaned.unicodeScalars.first, ("a"..."z").contains(first) || ("A"..."Z").contains(first) {
            rawValue = cleaned
        } else {
            rawValue = "chart-" + cleaned
        }
    }

    /// An id from the chart's kind and content: FNV-1a over the UTF-8 bytes, which is stable
    /// across runs and platforms, unlike Swift's seeded `Hasher`.
    static func derived(kind: String, content: [String]) -> ChartIdentifier {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for part in [kind] + content {
            for byte in part.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01b3
            }
            hash ^= 0xff
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return ChartIdentifier("chart-\(kind)-" + String(repeating: "0", count: 16 - hex.count) + hex)
    }

    func child(_ name: String) -> String { "\(rawValue)-\(name)" }
}
