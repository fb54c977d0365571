import FluentKit
import Foundation

/// The id of one area of a framework version, in document order.
final class FrameworkAreaModel: Model, @unchecked Sendable {
    static let schema = "framework_areas"

    @ID(key: .id) var id: UUID?
    @Field(key: "framework_version_id") var frameworkVersionID: UUID
    @Field(key: "area_id") var areaID: UUID
    @Field(key: "key") var key: String
    @Field(key: "position") var position: Int

    init() {}

    init(frameworkVersionID: UUID, areaID: UUID, key: String, position: Int) {
        id = UUID()
        self.frameworkVersionID = frameworkVersionID
        self.areaID = areaID
        self.key = key
        self.position = position
    }
}
