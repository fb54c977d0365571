/// Common names of industry sectors, to notice misspelt sectors in account exports.
public enum SectorVocabulary {
    public static let names = [
        "agriculture", "automotive", "banking", "construction", "consulting", "education", "employment", "energy",
        "entertainment", "finance", "healthcare", "hospitality", "insurance", "logistics", "manufacturing", "marketing",
        "media", "medical", "mining", "pharmaceuticals", "public sector", "real estate", "retail", "services",
        "software", "technology", "telecommunications", "transport", "utilities", "wholesale",
    ]

    /// A sector that is not a common name but is close to one, e.g. `technolgy` → `technology`.
    public static func likelyMisspelling(_ sector: String) -> String? {
        let lowered = sector.lowercased()
        guard !names.contains(lowered) else { return nil }
        return Suggestion.closest(to: lowered, in: names)
    }
}
