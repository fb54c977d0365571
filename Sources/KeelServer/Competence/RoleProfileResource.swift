import Foundation
import SalesDomain
import Vapor

/// A role profile: for one job role (optionally one market), the competencies that apply with
/// their target level and weight.
struct RoleProfileResource: Content {
    struct Entry: Content {
        var competencyID: UUID
        var targetLevel: Int
        var weight: Double
    }

    var id: UUID
    var frameworkID: UUID
    var jobRole: String
    var marketID: UUID?
    var entries: [Entry]

    init(_ profile: RoleProfile) {
        id = profile.id.rawValue
        frameworkID = profile.frameworkID.rawValue
        jobRole = profile.jobRole.rawValue
        marketID = profile.marketID?.rawValue
        entries = profile.entries.map { Entry(competencyID: $0.competencyID.rawValue, targetLevel: $0.targetLevel, weight: $0.weight) }
    }
}

/// Body of `PUT /api/v1/competence/role-profiles`: the profile for a framework, job role and
/// market, created or replaced whole — there is one per such triple, so the triple names it.
struct RoleProfileRequest: Decodable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case frameworkID, jobRole, marketID, entries
    }

    struct Entry: Decodable {
        enum CodingKeys: String, CodingKey, CaseIterable {
            case competencyID, targetLevel, weight
        }

        var competencyID: UUID
        var targetLevel: Int
        var weight: Double

        init(from decoder: any Decoder) throws {
            try decoder.rejectUnknownKeys(CodingKeys.self)
            let container = try decoder.container(keyedBy: CodingKeys.self)
            competencyID = try container.decode(UUID.self, forKey: .competencyID)
            targetLevel = try container.decode(Int.self, forKey: .targetLevel)
            weight = try container.decodeIfPresent(Double.self, forKey: .weight) ?? 1
        }
    }

    var frameworkID: UUID
    var jobRole: String
    var marketID: UUID?
    var entries: [Entry]

    init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        frameworkID = try container.decode(UUID.self, forKey: .frameworkID)
        jobRole = try container.decode(String.self, forKey: .jobRole)
        marketID = try container.decodeIfPresent(UUID.self, forKey: .marketID)
        entries = try container.decode([Entry].self, forKey: .entries)
    }

    func profile(id: RoleProfile.ID, organizationID: Organization.ID) throws -> RoleProfile {
        RoleProfile(
            id: id, organizationID: organizationID, frameworkID: .init(frameworkID),
            jobRole: try parseEnum(JobRole.self, jobRole, field: "jobRole"), marketID: marketID.map(Market.ID.init),
            entries: entries.map { RoleProfileEntry(competencyID: .init($0.competencyID), targetLevel: $0.targetLevel, weight: $0.weight) })
    }
}
