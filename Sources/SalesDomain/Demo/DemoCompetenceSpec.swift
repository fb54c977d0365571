import Foundation

/// What competence history to generate for a demo organization: the seed, the moment "now"
/// is, and how many competencies each role profile names.
///
/// The dates are laid out backwards from `now`: the framework is published about fourteen
/// months earlier; the first cycle opened about thirteen months and the second about seven
/// months ago (each ran four weeks); the calibration exercise ran two weeks before the second
/// cycle; the third cycle opened twelve days ago and is still open.
public struct DemoCompetenceSpec: Hashable, Sendable {
    public var seed: UInt64
    public var now: Date
    /// Competencies per role profile; fewer when the framework has fewer.
    public var competenciesPerProfile: Int

    public init(seed: UInt64, now: Date, competenciesPerProfile: Int = 8) {
        self.seed = seed
        self.now = now
        self.competenciesPerProfile = competenciesPerProfile
    }

    static let day: TimeInterval = 86_400
    /// How long a closed cycle ran.
    static let cycleDays = 28

    func daysAgo(_ days: Int) -> Date { now.addingTimeInterval(-Double(days) * Self.day) }

    var frameworkPublishedAt: Date { daysAgo(430) }
    /// When each of the three cycles opened, oldest first.
    var cycleOpenings: [Date] { [daysAgo(400), daysAgo(218), daysAgo(12)] }
    var calibrationOpenedAt: Date { daysAgo(250) }
    var calibrationClosedAt: Date { daysAgo(236) }
}
