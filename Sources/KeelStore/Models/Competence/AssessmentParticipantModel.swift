import FluentKit
import Foundation

final class AssessmentParticipantModel: Model, @unchecked Sendable {
    static let schema = "assessment_participants"

    @ID(key: .id) var id: UUID?
    @Field(key: "cycle_id") var cycleID: UUID
    @Field(key: "person_id") var personID: UUID

    init() {}

    init(cycleID: UUID, personID: UUID) {
        id = UUID()
        self.cycleID = cycleID
        self.personID = personID
    }
}
