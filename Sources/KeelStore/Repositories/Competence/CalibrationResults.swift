import SalesDomain

/// How far the raters of a calibration exercise agree, and how lenient each of them is.
public struct CalibrationResults: Hashable, Sendable {
    public var exercise: CalibrationExercise
    public var scoreCount: Int
    /// The Shrout & Fleiss family over every (target, competency) item that all raters scored
    /// (items someone has not scored yet are left out; `targetCount` says how many counted).
    /// `nil` while fewer than two items are complete; `agreementProblem` then says why, for the
    /// interface to word.
    public var agreement: IntraclassCorrelation?
    public var agreementProblem: Problem?
    /// The same per competency, for competencies with at least two complete items.
    public var agreementByCompetency: [Competency.ID: IntraclassCorrelation]
    /// Each rater's mean deviation from the other raters on the same items; positive is lenient.
    public var leniency: [RaterLeniency<Person.ID>]

    public init(
        exercise: CalibrationExercise, scoreCount: Int, agreement: IntraclassCorrelation?, agreementProblem: Problem?,
        agreementByCompetency: [Competency.ID: IntraclassCorrelation], leniency: [RaterLeniency<Person.ID>]
    ) {
        self.exercise = exercise
        self.scoreCount = scoreCount
        self.agreement = agreement
        self.agreementProblem = agreementProblem
        self.agreementByCompetency = agreementByCompetency
        self.leniency = leniency
    }
}
