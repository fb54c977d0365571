import FluentKit
import Foundation
import SalesDomain

final class AssessmentCycleModel: Model, @unchecked Sendable {
    static let schema = "assessment_cycles"

    @ID(key: .id) var id: UUID?
    @Field(key: "organization_id") var organizationID: UUID
    @Field(key: "name") var name: String
    @Field(key: "framework_version_id") var frameworkVersionID: UUID
    @Field(key: "opened_at") var openedAt: Date
    @OptionalField(key: "opened_by") var openedBy: UUID?
    @OptionalField(key: "closed_at") var closedAt: Date?
    @OptionalField(key: "closed_by") var closedBy: UUID?
    @Field(key: "manager_weight") var managerWeight: Double
    @Field(key: "self_weight") var selfWeight: Double
    @Field(key: "peer_weight") var peerWeight: Double

    init() {}

    init(_ cycle: AssessmentCycle, frameworkVersionID: UUID, policy: ConsolidationPolicy, openedBy: Person.ID?) {
        id = cycle.id.rawValue
        organizationID = cycle.organizationID.rawValue
        name = cycle.name
        self.frameworkVersionID = frameworkVersionID
        openedAt = cycle.openedAt
        self.openedBy = openedBy?.rawValue
        closedAt = cycle.closedAt
        managerWeight = policy.managerWeight
        selfWeight = policy.selfWeight
        peerWeight = policy.peerWeight
    }

    var policy: ConsolidationPolicy {
        get throws(FieldError) {
            try ConsolidationPolicy(managerWeight: managerWeight, selfWeight: selfWeight, peerWeight: peerWeight)
        }
    }

    func domain(framework: FrameworkVersionReference, participantIDs: [Person.ID]) -> AssessmentCycle {
        AssessmentCycle(
            id: .init(id!), organizationID: .init(organizationID), name: name, framework: framework,
            participantIDs: participantIDs, openedAt: openedAt, closedAt: closedAt
        )
    }
}
