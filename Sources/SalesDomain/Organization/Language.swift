import Foundation

/// The languages Keel's interface speaks.
public enum Language: String, Sendable, Codable, CaseIterable, Hashable {
    case english = "en"
    case swedish = "sv"
    case norwegianBokmal = "nb"

    /// Picks the best supported language from an HTTP `Accept-Language` header value.
    ///
    /// `no` and `nn` are taken as Norwegian, since bokmål is the only written Norwegian Keel ships.
    public static func preferred(fromAcceptLanguage header: String?) -> Language? {
        guard let header else { return nil }
        let ranked = header.split(separator: ",").compactMap { part -> (String, Double)? in
            let pieces = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = pieces.first, !tag.isEmpty else { return nil }
            var quality = 1.0
            for parameter in pieces.dropFirst() where parameter.hasPrefix("q=") {
                quality = Double(parameter.dropFirst(2)) ?? 0
            }
            return (tag.lowercased(), quality)
        }
        for (tag, _) in ranked.sorted(by: { $0.1 > $1.1 }) {
            let primary = tag.split(separator: "-").first.map(String.init) ?? tag
            switch primary {
            case "en": return .english
            case "sv": return .swedish
            case "nb", "no", "nn": return .norwegianBokmal
            default: continue
            }
        }
        return nil
    }
}
