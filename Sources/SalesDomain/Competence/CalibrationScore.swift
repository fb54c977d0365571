/// One rater's level for one target on one competency in a calibration exercise.
public struct CalibrationScore: Hashable, Sendable, Codable {
    public var exerciseID: CalibrationExercise.ID
    public var targetID: CalibrationTarget.ID
    public var raterID: Person.ID
    public var competencyID: Competency.ID
    public var level: Int

    public init(
        exerciseID: CalibrationExercise.ID, targetID: CalibrationTarget.ID, raterID: Person.ID,
        competencyID: Competency.ID, level: Int
    ) {
        self.exerciseID = exerciseID
        self.targetID = targetID
        self.raterID = raterID
        self.competencyID = competencyID
        self.level = level
    }
}
