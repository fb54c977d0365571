extension CalibrationExercise {
    /// The exercise's scores as observations, one item per target and competency.
    /// Scores of other exercises, or on a competency other than `competencyID` when given, are left out.
    public func observations(
        _ scores: some Sequence<CalibrationScore>, competencyID: Competency.ID? = nil
    ) -> [RatingObservation<CalibrationItem, Person.ID>] {
        scores.compactMap { score in
            guard score.exerciseID == id, competencyID == nil || score.competencyID == competencyID else { return nil }
            return RatingObservation(
                target: CalibrationItem(targetID: score.targetID, competencyID: score.competencyID),
                rater: score.raterID, score: Double(score.level)
            )
        }
    }

    /// The Shrout & Fleiss intraclass correlations over every (target, competency) item, or over
    /// one competency's items. Items are in target then competency order and raters in the
    /// exercise's order, so every rater listed must have scored every item unless
    /// `incompleteTargets` is `.exclude`.
    public func agreement(
        _ scores: some Sequence<CalibrationScore>, competencyID: Competency.ID? = nil,
        incompleteTargets: RatingMatrix<CalibrationItem, Person.ID>.IncompleteTargets = .refuse
    ) throws(RatingMatrixError<CalibrationItem, Person.ID>) -> IntraclassCorrelation {
        let competencies = competencyID.map { [$0] } ?? competencyIDs
        let items = targets.flatMap { target in
            competencies.map { CalibrationItem(targetID: target.id, competencyID: $0) }
        }
        let matrix = try RatingMatrix(
            targets: items, raters: raterIDs, observations: observations(scores, competencyID: competencyID),
            incompleteTargets: incompleteTargets
        )
        return IntraclassCorrelation(matrix)
    }

    /// Each rater's leniency over all the items they share with other raters (see
    /// ``RaterLeniency/estimate(from:)``); works on incomplete exercises too.
    public func leniency(_ scores: some Sequence<CalibrationScore>) -> [RaterLeniency<Person.ID>] {
        RaterLeniency.estimate(from: observations(scores))
    }
}
