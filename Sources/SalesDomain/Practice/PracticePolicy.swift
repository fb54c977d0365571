/// How much practice a plan holds and asks for (SPEC §5). One value per organization; the
/// defaults keep practice small enough to live in a working week.
public struct PracticePolicy: Hashable, Sendable, Codable {
    /// Competencies a plan works on at once.
    public var competencies: Int
    /// Items per competency, so a seller meets one competency from two sides (e.g. a drill and a role-play).
    public var itemsPerCompetency: Int
    /// Repetitions a week that keep a streak going.
    public var weeklyTarget: Int

    public init(competencies: Int = 3, itemsPerCompetency: Int = 2, weeklyTarget: Int = 2) {
        self.competencies = competencies
        self.itemsPerCompetency = itemsPerCompetency
        self.weeklyTarget = weeklyTarget
    }

    public static let standard = PracticePolicy()
}
