/// How the ratings of one person on one competency combine into one level.
///
/// By default the manager's rating alone decides (`managerRating`): the manager is the rater
/// whose judgement calibration exercises can check. An organization can instead weigh in the
/// self-assessment and the peers; see ``LevelConsolidation`` for the formula.
public struct ConsolidationPolicy: Hashable, Sendable, Codable {
    public static let managerRating = ConsolidationPolicy(checkedManagerWeight: 1, selfWeight: 0, peerWeight: 0)

    public let managerWeight: Double
    public let selfWeight: Double
    public let peerWeight: Double

    /// Weights are relative (2/1/1 is the same policy as 0.5/0.25/0.25); each must be finite and
    /// not negative, and at least one above 0.
    public init(managerWeight: Double, selfWeight: Double, peerWeight: Double) throws(FieldError) {
        for (field, weight) in [("managerWeight", managerWeight), ("selfWeight", selfWeight), ("peerWeight", peerWeight)]
        where !(weight.isFinite && weight >= 0) {
            throw FieldError(field: field, code: .invalidValue, .weightNegative)
        }
        guard managerWeight + selfWeight + peerWeight > 0 else {
            throw FieldError(field: "managerWeight", code: .invalidValue, .weightsAllZero)
        }
        self.init(checkedManagerWeight: managerWeight, selfWeight: selfWeight, peerWeight: peerWeight)
    }

    private init(checkedManagerWeight: Double, selfWeight: Double, peerWeight: Double) {
        self.managerWeight = checkedManagerWeight
        self.selfWeight = selfWeight
        self.peerWeight = peerWeight
    }

    public func weight(of source: RatingSource) -> Double {
        switch source {
        case .manager: managerWeight
        case .selfAssessment: selfWeight
        case .peer: peerWeight
        }
    }

    private enum CodingKeys: String, CodingKey {
        case managerWeight, selfWeight, peerWeight
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            managerWeight: container.decode(Double.self, forKey: .managerWeight),
            selfWeight: container.decode(Double.self, forKey: .selfWeight),
            peerWeight: container.decode(Double.self, forKey: .peerWeight)
        )
    }
}
