import SalesDomain

/// What an exercise can be started with: the frameworks it can run on, the one chosen, the
/// people who may rate in it and the people who may be calibrated.
public struct CalibrationFormChoices: Hashable, Sendable {
    /// The latest published version of every framework, the most recently published first.
    public var frameworks: [CompetencyFramework]
    /// The version asked for, else the newest when none was; `nil` when the one asked for is not
    /// among `frameworks`.
    public var framework: CompetencyFramework?
    /// Active managers and leaders, by name: the people whose judgement calibration is about.
    public var raters: [Person]
    /// The active people the viewer may read, by team in the team tree's order, and what
    /// choosing a whole team brings in.
    public var candidates: CalibrationCandidates

    public init(frameworks: [CompetencyFramework], framework: CompetencyFramework?, raters: [Person], candidates: CalibrationCandidates) {
        self.frameworks = frameworks
        self.framework = framework
        self.raters = raters
        self.candidates = candidates
    }
}
