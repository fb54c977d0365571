import FluentKit
import Foundation
import SalesDomain

final class CalibrationTargetModel: Model, @unchecked Sendable {
    static let schema = "calibration_targets"

    @ID(key: .id) var id: UUID?
    @Field(key: "exercise_id") var exerciseID: UUID
    @Field(key: "title") var title: String
    @OptionalField(key: "person_id") var personID: UUID?
    @Field(key: "material") var material: String
    @Field(key: "position") var position: Int

    init() {}

    init(_ target: CalibrationTarget, exerciseID: UUID, position: Int) {
        id = target.id.rawValue
        self.exerciseID = exerciseID
        title = target.title
        personID = target.personID?.rawValue
        material = target.material
        self.position = position
    }

    var domain: CalibrationTarget {
        CalibrationTarget(id: .init(id!), title: title, personID: personID.map(Person.ID.init), material: material)
    }
}
