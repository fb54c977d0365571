/// The organization's words as its settings page and `GET /api/v1/settings/words` show them:
/// every activity type, stage, job role and market the organization uses, with the names it
/// gave and what a language it left blank reads as.
public struct VocabularyScreen: Hashable, Sendable {
    public struct Row: Hashable, Sendable {
        public var kind: VocabularyKind
        public var code: String
        /// The organization's own names, by language.
        public var given: [Language: String]
        /// What each language reads as without a name of the organization's: Keel's word, a
        /// market's stored name, or the code as words.
        public var fallback: [Language: String]
    }

    public var rows: [Row]

    /// - Parameters:
    ///   - activityTypes, stages: the codes the organization's data and pipeline hold.
    ///   - markets: the organization's markets, whose stored name is their fallback.
    public init(vocabulary: OrganizationVocabulary, activityTypes: [String], stages: [String], markets: [Market]) {
        let plain = OrganizationVocabulary()
        func row(_ kind: VocabularyKind, _ code: String, stored: String? = nil) -> Row {
            Row(kind: kind, code: code, given: vocabulary.given(kind, code),
                fallback: Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, plain.name(kind, code, in: $0, stored: stored)) }))
        }
        // Codes named but no longer used stay listed, so a name can still be seen and removed.
        func codes(_ kind: VocabularyKind, _ used: [String]) -> [String] {
            let named = vocabulary.entries.filter { $0.kind == kind }.map(\.code)
            var seen = Set<String>()
            return (used + named.sorted()).filter { seen.insert($0).inserted }
        }
        let storedMarketNames = Dictionary(markets.map { ($0.code, $0.name) }) { first, _ in first }
        rows = codes(.activityType, activityTypes.sorted()).map { row(.activityType, $0) }
            + codes(.dealStage, stages).map { row(.dealStage, $0) }
            + codes(.jobRole, JobRole.allCases.map(\.rawValue)).map { row(.jobRole, $0) }
            + codes(.market, markets.map(\.code).sorted()).map { row(.market, $0, stored: storedMarketNames[$0]) }
    }
}
