/// One row of names as a form or an API body gives it, before it is checked: the kind and the
/// languages still as typed, so an unknown one can be named.
public struct VocabularyDraft: Hashable, Sendable {
    public var kind: String
    public var code: String
    /// By language tag (`en`, `sv`, `nb`).
    public var names: [String: String]

    public init(kind: String, code: String, names: [String: String]) {
        self.kind = kind
        self.code = code
        self.names = names
    }
}
