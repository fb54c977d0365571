import FluentKit
import Foundation
import SalesDomain

final class CalibrationScoreModel: Model, @unchecked Sendable {
    static let schema = "calibration_scores"

    @ID(key: .id) var id: UUID?
    @Field(key: "organization_id") var organizationID: UUID
    @Field(key: "exercise_id") var exerciseID: UUID
    @Field(key: "target_id") var targetID: UUID
    @Field(key: "rater_id") var raterID: UUID
    @Field(key: "competency_id") var competencyID: UUID
    @Field(key: "level") var level: Int
    @Field(key: "updated_at") var updatedAt: Date

    init() {}

    init(_ score: CalibrationScore, organizationID: Organization.ID, updatedAt: Date) {
        id = UUID()
        self.organizationID = organizationID.rawValue
        exerciseID = score.exerciseID.rawValue
        targetID = score.targetID.rawValue
        raterID = score.raterID.rawValue
        competencyID = score.competencyID.rawValue
        level = score.level
        self.updatedAt = updatedAt
    }

    var domain: CalibrationScore {
        CalibrationScore(
            exerciseID: .init(exerciseID), targetID: .init(targetID), raterID: .init(raterID),
            competencyID: .init(competencyID), level: level
        )
    }
}
