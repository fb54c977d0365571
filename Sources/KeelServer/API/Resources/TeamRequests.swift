import Foundation
import SalesDomain

/// Body of `POST /api/v1/teams`.
struct TeamCreateRequest: Decodable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, parentID, marketID
    }

    var name: String
    var parentID: UUID?
    var marketID: UUID?

    init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        parentID = try container.decodeIfPresent(UUID.self, forKey: .parentID)
        marketID = try container.decodeIfPresent(UUID.self, forKey: .marketID)
    }

    var draft: TeamDraft {
        TeamDraft(name: name, parentID: parentID.map(Team.ID.init), marketID: marketID.map(Market.ID.init))
    }
}

/// Body of `PATCH /api/v1/teams/{id}`: only the fields present change; `null` clears.
struct TeamPatchRequest: Decodable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, parentID, marketID, active
    }

    var name: String?
    var parentID: UUID??
    var marketID: UUID??
    var active: Bool?

    init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decodeIfPresent(String.self, forKey: .name)
        parentID = try container.decodePatch(UUID.self, forKey: .parentID)
        marketID = try container.decodePatch(UUID.self, forKey: .marketID)
        active = try container.decodeIfPresent(Bool.self, forKey: .active)
    }

    func applied(to team: Team) -> TeamDraft {
        TeamDraft(
            name: name ?? team.name,
            parentID: parentID.map { $0.map(Team.ID.init) } ?? team.parentID,
            marketID: marketID.map { $0.map(Market.ID.init) } ?? team.marketID
        )
    }

    var changesFields: Bool { name != nil || parentID != nil || marketID != nil }
}
