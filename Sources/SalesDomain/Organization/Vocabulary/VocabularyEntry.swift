/// An organization's names for one code of one kind, by language; a language it did not name
/// falls back as ``OrganizationVocabulary/name(_:_:in:stored:)`` says.
public struct VocabularyEntry: Hashable, Sendable {
    public var kind: VocabularyKind
    public var code: String
    public var names: [Language: String]

    public init(kind: VocabularyKind, code: String, names: [Language: String]) {
        self.kind = kind
        self.code = code
        self.names = names
    }
}
