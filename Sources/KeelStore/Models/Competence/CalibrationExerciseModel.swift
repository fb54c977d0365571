import FluentKit
import Foundation

final class CalibrationExerciseModel: Model, @unchecked Sendable {
    static let schema = "calibration_exercises"

    @ID(key: .id) var id: UUID?
    @Field(key: "organization_id") var organizationID: UUID
    @Field(key: "name") var name: String
    @Field(key: "framework_version_id") var frameworkVersionID: UUID
    @Field(key: "opened_at") var openedAt: Date
    @OptionalField(key: "opened_by") var openedBy: UUID?
    @OptionalField(key: "closed_at") var closedAt: Date?
    @OptionalField(key: "closed_by") var closedBy: UUID?

    init() {}
}
