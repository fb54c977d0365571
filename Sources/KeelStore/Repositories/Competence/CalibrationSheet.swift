import SalesDomain

/// A rater's own score sheet in a calibration exercise.
public struct CalibrationSheet: Hashable, Sendable {
    public var exercise: CalibrationExercise
    public var framework: CompetencyFramework
    /// The rater's stored scores, by target and competency.
    public var levels: [CalibrationTarget.ID: [Competency.ID: Int]]
    public var targetNames: [CalibrationTarget.ID: String]

    public init(
        exercise: CalibrationExercise, framework: CompetencyFramework, levels: [CalibrationTarget.ID: [Competency.ID: Int]],
        targetNames: [CalibrationTarget.ID: String]
    ) {
        self.exercise = exercise
        self.framework = framework
        self.levels = levels
        self.targetNames = targetNames
    }
}
