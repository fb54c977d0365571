import FluentKit
import Foundation

/// One competency of a framework version, so ratings, role profiles and results can refer to it
/// by id; `position` counts through the whole framework in document order.
final class FrameworkCompetencyModel: Model, @unchecked Sendable {
    static let schema = "framework_competencies"

    @ID(key: .id) var id: UUID?
    @Field(key: "framework_version_id") var frameworkVersionID: UUID
    @Field(key: "competency_id") var competencyID: UUID
    @Field(key: "area_id") var areaID: UUID
    @Field(key: "area_key") var areaKey: String
    @Field(key: "key") var key: String
    @Field(key: "position") var position: Int

    init() {}

    init(frameworkVersionID: UUID, competencyID: UUID, areaID: UUID, areaKey: String, key: String, position: Int) {
        id = UUID()
        self.frameworkVersionID = frameworkVersionID
        self.competencyID = competencyID
        self.areaID = areaID
        self.areaKey = areaKey
        self.key = key
        self.position = position
    }
}
