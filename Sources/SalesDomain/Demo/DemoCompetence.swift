/// Everything the competence generator makes for an organization, at once — for small
/// organizations and tests. Large ones take ratings per participant from
/// ``DemoCompetenceGenerator/ratings(for:)``.
public struct DemoCompetence: Hashable, Sendable {
    public var framework: CompetencyFramework
    public var profiles: [RoleProfile]
    /// Oldest first: two closed cycles, then the open one.
    public var cycles: [DemoAssessmentCycle]
    public var participants: [DemoCompetenceParticipant]
    public var ratings: [Rating]
    public var calibration: DemoCalibration?
    public var patterns: DemoCompetencePatterns

    public init(
        framework: CompetencyFramework, profiles: [RoleProfile], cycles: [DemoAssessmentCycle],
        participants: [DemoCompetenceParticipant], ratings: [Rating], calibration: DemoCalibration?, patterns: DemoCompetencePatterns
    ) {
        self.framework = framework
        self.profiles = profiles
        self.cycles = cycles
        self.participants = participants
        self.ratings = ratings
        self.calibration = calibration
        self.patterns = patterns
    }
}
