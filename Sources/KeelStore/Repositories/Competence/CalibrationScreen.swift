import SalesDomain

/// A calibration exercise's page for one viewer: its agreement and leniency, who has scored how
/// much, and what the viewer may do in it.
public struct CalibrationScreen: Hashable, Sendable {
    public var results: CalibrationResults
    /// The framework that names the competencies; `nil` if its version is gone.
    public var framework: CompetencyFramework?
    public var raterNames: [Person.ID: String]
    public var targetNames: [CalibrationTarget.ID: String]
    /// Scores each rater has entered so far.
    public var scoresByRater: [Person.ID: Int]
    /// ``AccessPolicy/score(in:)``: the viewer is one of its raters.
    public var viewerIsRater: Bool
    public var viewerMayClose: Bool

    public init(
        results: CalibrationResults, framework: CompetencyFramework?, raterNames: [Person.ID: String],
        targetNames: [CalibrationTarget.ID: String], scoresByRater: [Person.ID: Int], viewerIsRater: Bool, viewerMayClose: Bool
    ) {
        self.results = results
        self.framework = framework
        self.raterNames = raterNames
        self.targetNames = targetNames
        self.scoresByRater = scoresByRater
        self.viewerIsRater = viewerIsRater
        self.viewerMayClose = viewerMayClose
    }
}
