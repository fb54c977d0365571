import Foundation
import KeelStore
import SalesDomain
import Vapor

/// The relative weights of the sources in a cycle's consolidated level (``ConsolidationPolicy``).
struct ConsolidationPolicyResource: Content {
    var managerWeight: Double
    var selfWeight: Double
    var peerWeight: Double

    init(_ policy: ConsolidationPolicy) {
        managerWeight = policy.managerWeight
        selfWeight = policy.selfWeight
        peerWeight = policy.peerWeight
    }
}

/// An assessment cycle as listed: its framework version, policy and how many take part.
struct CycleResource: Content {
    var id: UUID
    var name: String
    var frameworkID: UUID
    var version: Int
    var policy: ConsolidationPolicyResource
    var participantCount: Int
    var status: String
    var openedAt: Date
    var closedAt: Date?

    init(_ summary: AssessmentCycleSummary) {
        id = summary.id.rawValue
        name = summary.name
        frameworkID = summary.framework.frameworkID.rawValue
        version = summary.framework.version
        policy = ConsolidationPolicyResource(summary.policy)
        participantCount = summary.participantCount
        status = summary.status.rawValue
        openedAt = summary.openedAt
        closedAt = summary.closedAt
    }
}

/// Body of `POST /api/v1/competence/cycles`.
struct CycleCreateRequest: Decodable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, frameworkID, version, participantIDs, policy
    }

    struct Policy: Decodable {
        enum CodingKeys: String, CodingKey, CaseIterable {
            case managerWeight, selfWeight, peerWeight
        }

        var policy: ConsolidationPolicy

        init(from decoder: any Decoder) throws {
            try decoder.rejectUnknownKeys(CodingKeys.self)
            let container = try decoder.container(keyedBy: CodingKeys.self)
            // A weight left out does not count: {managerWeight: 2, selfWeight: 1} ignores peers.
            policy = try ConsolidationPolicy(
                managerWeight: container.decodeIfPresent(Double.self, forKey: .managerWeight) ?? 0,
                selfWeight: container.decodeIfPresent(Double.self, forKey: .selfWeight) ?? 0,
                peerWeight: container.decodeIfPresent(Double.self, forKey: .peerWeight) ?? 0)
        }
    }

    var name: String
    var framework: FrameworkVersionReference
    /// `nil`: the domain's default participants, as the web form opens cycles.
    var participantIDs: [Person.ID]?
    var policy: ConsolidationPolicy

    init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        framework = FrameworkVersionReference(
            frameworkID: .init(try container.decode(UUID.self, forKey: .frameworkID)),
            version: try container.decode(Int.self, forKey: .version))
        participantIDs = try container.decodeIfPresent([UUID].self, forKey: .participantIDs)?.map(Person.ID.init)
        do {
            policy = try container.decodeIfPresent(Policy.self, forKey: .policy)?.policy ?? .managerRating
        } catch let error as FieldError {
            throw FieldError(field: "policy.\(error.field)", code: error.code, error.problem)
        }
    }
}
