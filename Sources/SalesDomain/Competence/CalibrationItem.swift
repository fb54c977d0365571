/// One thing scored in a calibration: a target on a competency. Agreement and leniency treat
/// each item as one "target" in the Shrout & Fleiss sense, so an exercise with 4 cases and
/// 3 competencies gives 12 data points per rater.
public struct CalibrationItem: Hashable, Sendable, Codable, CustomStringConvertible {
    public var targetID: CalibrationTarget.ID
    public var competencyID: Competency.ID

    public init(targetID: CalibrationTarget.ID, competencyID: Competency.ID) {
        self.targetID = targetID
        self.competencyID = competencyID
    }

    public var description: String { "\(targetID)/\(competencyID)" }
}
