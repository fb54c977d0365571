import FluentKit
import Foundation

final class CalibrationCompetencyModel: Model, @unchecked Sendable {
    static let schema = "calibration_competencies"

    @ID(key: .id) var id: UUID?
    @Field(key: "exercise_id") var exerciseID: UUID
    @Field(key: "competency_id") var competencyID: UUID
    @Field(key: "position") var position: Int

    init() {}

    init(exerciseID: UUID, competencyID: UUID, position: Int) {
        id = UUID()
        self.exerciseID = exerciseID
        self.competencyID = competencyID
        self.position = position
    }
}
