import Foundation
@testable import KeelServer
import KeelStore
import SalesDomain
import Testing
import Vapor

@Suite(.serialized) struct TeamsAPITests {
    @Test func anAdminBuildsAndReshapesTeams() async throws {
        try await withServer { server in
            let token = try await server.token(for: server.demo.logins.admin)
            let sweden = try #require(server.demo.markets.first { $0.code == "SE" })
            let created = try await server.api(.POST, "/api/v1/teams", token: token, json: ["name": "Luleå Field", "marketID": sweden.id.description])
            #expect(created.status == .created)
            let parent = try created.decode(TeamResource.self)
            let child = try await server.api(.POST, "/api/v1/teams", token: token, json: ["name": "Luleå SMB", "parentID": parent.id.uuidString])
            let childTeam = try child.decode(TeamResource.self)
            #expect(childTeam.parentID == parent.id)

            let cycle = try await server.api(.PATCH, "/api/v1/teams/\(Team.ID(parent.id))", token: token, json: ["parentID": childTeam.id.uuidString])
            #expect(cycle.status == .unprocessableEntity)
            #expect(cycle.error?.code == "cycle")
            #expect(cycle.error?.field == "parentID")
            let unchanged = try await server.api(.GET, "/api/v1/teams/\(Team.ID(parent.id))", token: token).decode(TeamResource.self)
            #expect(unchanged.parentID == nil)

            let selfParent = try await server.api(.PATCH, "/api/v1/teams/\(Team.ID(parent.id))", token: token, json: ["parentID": parent.id.uuidString])
            #expect(selfParent.error?.code == "cycle")

            let renamed = try await server.api(.PATCH, "/api/v1/teams/\(Team.ID(childTeam.id))", token: token, json: ["name": "Luleå Small Business", "parentID": NSNull()])
            #expect(try renamed.decode(TeamResource.self).name == "Luleå Small Business")
            #expect(try renamed.decode(TeamResource.self).parentID == nil)

            let busy = try await server.api(.DELETE, "/api/v1/teams/\(server.demo.logins.manager.teamID!)", token: token)
            #expect(busy.status == .conflict)
            #expect(busy.error?.field == "active")

            let closed = try await server.api(.DELETE, "/api/v1/teams/\(Team.ID(childTeam.id))", token: token)
            #expect(try closed.decode(TeamResource.self).active == false)
            let listed = try await server.api(.GET, "/api/v1/teams", token: token).decode(ListResource<TeamResource>.self)
            #expect(!listed.items.contains { $0.id == childTeam.id })
            let withInactive = try await server.api(.GET, "/api/v1/teams?includeInactive=true", token: token).decode(ListResource<TeamResource>.self)
            #expect(withInactive.items.contains { $0.id == childTeam.id })

            let moveIntoClosed = try await server.api(.PATCH, "/api/v1/people/\(server.demo.logins.seller.id)", token: token, json: ["teamID": childTeam.id.uuidString])
            #expect(moveIntoClosed.status == .unprocessableEntity)
            #expect(moveIntoClosed.error?.field == "teamID")
        }
    }

    @Test func aManagerSeesTheirSubtreeOnly() async throws {
        try await withServer { server in
            let manager = server.demo.logins.manager
            let teams = try await server.api(.GET, "/api/v1/teams", token: try await server.token(for: manager)).decode(ListResource<TeamResource>.self)
            #expect(teams.items.map(\.id) == [manager.teamID!.rawValue])
            #expect(teams.items[0].headcount == server.demo.people.filter { $0.teamID == manager.teamID }.count)
        }
    }
}
