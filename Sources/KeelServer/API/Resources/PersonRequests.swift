import Foundation
import SalesDomain

/// Body of `POST /api/v1/people`.
struct PersonCreateRequest: Decodable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, email, jobRole, accessRole, teamID, marketID, leaderMarketIDs, password
    }

    var name: String
    var email: String
    var jobRole: String
    var accessRole: String
    var teamID: UUID?
    var marketID: UUID?
    var leaderMarketIDs: [UUID]?
    var password: String?

    init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        email = try container.decode(String.self, forKey: .email)
        jobRole = try container.decode(String.self, forKey: .jobRole)
        accessRole = try container.decode(String.self, forKey: .accessRole)
        teamID = try container.decodeIfPresent(UUID.self, forKey: .teamID)
        marketID = try container.decodeIfPresent(UUID.self, forKey: .marketID)
        leaderMarketIDs = try container.decodeIfPresent([UUID].self, forKey: .leaderMarketIDs)
        password = try container.decodeIfPresent(String.self, forKey: .password)
    }

    func draft() throws -> PersonDraft {
        PersonDraft(
            name: name, email: email,
            jobRole: try parseEnum(JobRole.self, jobRole, field: "jobRole"),
            accessRole: try parseEnum(AccessRole.self, accessRole, field: "accessRole"),
            teamID: teamID.map(Team.ID.init), marketID: marketID.map(Market.ID.init),
            leaderMarketIDs: (leaderMarketIDs ?? []).map(Market.ID.init)
        )
    }
}

/// Body of `PATCH /api/v1/people/{id}`: only the fields present change; `null` clears.
struct PersonPatchRequest: Decodable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, email, jobRole, accessRole, teamID, marketID, leaderMarketIDs, active
    }

    var name: String?
    var email: String?
    var jobRole: String?
    var accessRole: String?
    var teamID: UUID??
    var marketID: UUID??
    var leaderMarketIDs: [UUID]?
    var active: Bool?

    init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decodeIfPresent(String.self, forKey: .name)
        email = try container.decodeIfPresent(String.self, forKey: .email)
        jobRole = try container.decodeIfPresent(String.self, forKey: .jobRole)
        accessRole = try container.decodeIfPresent(String.self, forKey: .accessRole)
        teamID = try container.decodePatch(UUID.self, forKey: .teamID)
        marketID = try container.decodePatch(UUID.self, forKey: .marketID)
        leaderMarketIDs = try container.decodeIfPresent([UUID].self, forKey: .leaderMarketIDs)
        active = try container.decodeIfPresent(Bool.self, forKey: .active)
    }

    /// The person's fields with this patch applied. A patch that moves the person to `newTeam`
    /// without naming a market moves them into the team's market, when it has one
    /// (``PersonDraft/market(keeping:movingTo:)``).
    func applied(to person: Person, newTeam: Team? = nil) throws -> PersonDraft {
        PersonDraft(
            name: name ?? person.name, email: email ?? person.email,
            jobRole: try jobRole.map { try parseEnum(JobRole.self, $0, field: "jobRole") } ?? person.jobRole,
            accessRole: try accessRole.map { try parseEnum(AccessRole.self, $0, field: "accessRole") } ?? person.accessRole,
            teamID: teamID.map { $0.map(Team.ID.init) } ?? person.teamID,
            marketID: marketID.map { $0.map(Market.ID.init) }
                ?? (teamID == nil ? person.marketID : PersonDraft.market(keeping: person.marketID, movingTo: newTeam)),
            leaderMarketIDs: leaderMarketIDs.map { $0.map(Market.ID.init) } ?? person.leaderMarketIDs
        )
    }

    /// Whether anything besides `active` is to change.
    var changesFields: Bool {
        name != nil || email != nil || jobRole != nil || accessRole != nil || teamID != nil
            || marketID != nil || leaderMarketIDs != nil
    }
}
