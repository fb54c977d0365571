extension Dictionary where Key == Language {
    /// Keyed by language tag (`en`, `sv`, `nb`), as JSON bodies and form fields name languages.
    public var byLanguageTag: [String: Value] {
        Dictionary<String, Value>(uniqueKeysWithValues: map { ($0.key.rawValue, $0.value) })
    }
}
