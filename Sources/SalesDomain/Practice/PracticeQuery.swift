import Foundation

/// The practice screen's question: the sellers of one scope as of a moment; "recent" is the
/// four ISO weeks up to and including the current one.
public struct PracticeQuery: Hashable, Sendable {
    public var scope: AnalysisScope
    public var asOf: Date

    public init(scope: AnalysisScope, asOf: Date) {
        self.scope = scope
        self.asOf = asOf
    }

    public static let recentWeekCount = 4
}
