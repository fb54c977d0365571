import FluentKit
import Foundation

final class CalibrationRaterModel: Model, @unchecked Sendable {
    static let schema = "calibration_raters"

    @ID(key: .id) var id: UUID?
    @Field(key: "exercise_id") var exerciseID: UUID
    @Field(key: "person_id") var personID: UUID
    @Field(key: "position") var position: Int

    init() {}

    init(exerciseID: UUID, personID: UUID, position: Int) {
        id = UUID()
        self.exerciseID = exerciseID
        self.personID = personID
        self.position = position
    }
}
