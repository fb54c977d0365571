import Foundation

/// What one proficiency level of a competency looks like in practice: the observable behavior,
/// with examples of effective and ineffective use that raters compare a seller against.
public struct LevelDescription: Hashable, Sendable, Codable {
    public var level: Int
    /// The behavioral indicator: what someone at this level does, written so it can be observed.
    public var behavior: LocalizedText
    public var effectiveExamples: [LocalizedText]
    public var ineffectiveExamples: [LocalizedText]

    public init(
        level: Int, behavior: LocalizedText, effectiveExamples: [LocalizedText] = [],
        ineffectiveExamples: [LocalizedText] = []
    ) {
        self.level = level
        self.behavior = behavior
        self.effectiveExamples = effectiveExamples
        self.ineffectiveExamples = ineffectiveExamples
    }
}
