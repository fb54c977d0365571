/// A generated calibration exercise and every score in it.
public struct DemoCalibration: Hashable, Sendable {
    public var exercise: CalibrationExercise
    public var scores: [CalibrationScore]
    public var openedBy: Person.ID?

    public init(exercise: CalibrationExercise, scores: [CalibrationScore], openedBy: Person.ID?) {
        self.exercise = exercise
        self.scores = scores
        self.openedBy = openedBy
    }
}
