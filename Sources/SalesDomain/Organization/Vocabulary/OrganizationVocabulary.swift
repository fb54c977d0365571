import Foundation

/// The organization's own names for its activity types, deal stages, job roles and markets, per
/// language, over Keel's translated defaults (``OrganizationVocabulary/keelDefaults``).
///
/// Which name a reader sees, in order (``name(_:_:in:stored:)``):
/// 1. the organization's name in the reader's language;
/// 2. Keel's default in the reader's language — for a market only while its stored name is still
///    Keel's English name for its country (or there is none), since a name the organization typed
///    is its own;
/// 3. the organization's name in another language it gave (English first), or a market's stored
///    name;
/// 4. the code made readable (`crm_admin` → "Crm admin").
///
/// Keel's translation comes before the organization's name in another language on purpose: an
/// organization that renames `meeting` "Customer visit" in English only should still read
/// "Kundmöte" on a Swedish page, not English words on it — the very thing this vocabulary is
/// for. Its own word in another language is used only where Keel knows no word, where it beats
/// a code.
public struct OrganizationVocabulary: Hashable, Sendable {
    private var names: [VocabularyKind: [String: [Language: String]]]

    public init(_ entries: [VocabularyEntry] = []) {
        var names: [VocabularyKind: [String: [Language: String]]] = [:]
        for entry in entries {
            names[entry.kind, default: [:]][entry.code, default: [:]].merge(entry.names) { _, new in new }
        }
        self.names = names.mapValues { $0.filter { !$0.value.isEmpty } }
    }

    /// The organization's names, by kind and code, in a stable order (the settings page, the API).
    public var entries: [VocabularyEntry] {
        VocabularyKind.allCases.flatMap { kind in
            (names[kind] ?? [:]).sorted { $0.key < $1.key }.map { VocabularyEntry(kind: kind, code: $0.key, names: $0.value) }
        }
    }

    /// What the organization itself called a code, by language (empty when it never named it).
    public func given(_ kind: VocabularyKind, _ code: String) -> [Language: String] {
        names[kind]?[code] ?? [:]
    }

    /// The name a reader in `language` sees for `code`; `stored` is the name a market carries
    /// in the directory (`nil` for the other kinds).
    public func name(_ kind: VocabularyKind, _ code: String, in language: Language, stored: String? = nil) -> String {
        let given = given(kind, code)
        if let name = given[language] { return name }
        if let defaults = Self.keelDefaults[kind]?[code], stored == nil || stored == defaults[.english], let name = defaults[language] {
            return name
        }
        if let name = ([.english] + Language.allCases).lazy.compactMap({ given[$0] }).first { return name }
        if let stored, !stored.isEmpty { return stored }
        return Self.readable(code)
    }

    /// Keel's own name for a code in `language`, if it has one: what a blank field falls back to.
    public static func defaultName(_ kind: VocabularyKind, _ code: String, in language: Language) -> String? {
        keelDefaults[kind]?[code]?[language]
    }

    /// A code as words: `crm_admin` → "Crm admin".
    public static func readable(_ code: String) -> String {
        let spaced = code.replacingOccurrences(of: "_", with: " ")
        return spaced.prefix(1).uppercased() + spaced.dropFirst()
    }
}
