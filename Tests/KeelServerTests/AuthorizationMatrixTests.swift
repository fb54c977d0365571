import Foundation
@testable import KeelServer
import KeelStore
import SalesDomain
import Testing
import Vapor

/// Walks every API route as every kind of caller and asserts the exact status each gets.
/// A route that is added without a row here fails `everyAPIRouteHasARow`; a route whose
/// handler forgets its record-level check fails the walk.
@Suite(.serialized) struct AuthorizationMatrixTests {
    enum Actor: String, CaseIterable, CustomStringConvertible {
        case anonymous, seller, manager, leader, marketLeader, admin, rivalAdmin
        var description: String { rawValue }
    }

    struct Row {
        var method: HTTPMethod
        var template: String
        var path: String
        var body: (Actor) -> [String: Any]? = { _ in nil }
        var expected: [Actor: UInt]
    }

    /// Expected statuses, listed for signed-in actors in the order of `Actor.allCases` after anonymous.
    static func statuses(_ anonymous: UInt, _ seller: UInt, _ manager: UInt, _ leader: UInt, _ marketLeader: UInt, _ admin: UInt, _ rival: UInt) -> [Actor: UInt] {
        [.anonymous: anonymous, .seller: seller, .manager: manager, .leader: leader, .marketLeader: marketLeader, .admin: admin, .rivalAdmin: rival]
    }

    struct Setting {
        var people: [Actor: Person]
        var teammate: Person
        var managerTeam: Team
        var emptyTeam: Team
    }

    static func rows(_ setting: Setting) -> [Row] {
        let teammate = setting.teammate.id
        let team = setting.managerTeam.id
        let empty = setting.emptyTeam.id
        let everyone = statuses(401, 200, 200, 200, 200, 200, 200)
        let adminOnlyOnOurs = statuses(401, 403, 403, 403, 403, 200, 404)
        // A team or person outside the caller's reach is not found, as on /teams/{id} and /people/{id}.
        let teamScoped = statuses(401, 404, 200, 200, 404, 200, 404)
        let teammateScoped = statuses(401, 404, 200, 200, 404, 200, 404)
        return [
            Row(method: .GET, template: "/api/v1/me", path: "/api/v1/me", expected: everyone),
            Row(method: .GET, template: "/api/v1/organization", path: "/api/v1/organization", expected: statuses(401, 403, 403, 200, 200, 200, 200)),
            Row(method: .GET, template: "/api/v1/markets", path: "/api/v1/markets", expected: everyone),
            Row(method: .GET, template: "/api/v1/people", path: "/api/v1/people?limit=1000", expected: everyone),
            Row(method: .POST, template: "/api/v1/people", path: "/api/v1/people",
                body: { actor in ["name": "Matrix \(actor)", "email": "matrix-\(actor)@demo.keel.test", "jobRole": "sdr",
                                  "accessRole": "seller", "teamID": team.description] },
                expected: statuses(401, 403, 403, 403, 403, 201, 422)),
            Row(method: .GET, template: "/api/v1/people/{personID}", path: "/api/v1/people/\(teammate)", expected: statuses(401, 404, 200, 200, 404, 200, 404)),
            Row(method: .PATCH, template: "/api/v1/people/{personID}", path: "/api/v1/people/\(teammate)",
                body: { _ in ["jobRole": "account_executive"] }, expected: adminOnlyOnOurs),
            Row(method: .GET, template: "/api/v1/people/{personID}/team-history", path: "/api/v1/people/\(teammate)/team-history",
                expected: statuses(401, 404, 200, 200, 404, 200, 404)),
            Row(method: .GET, template: "/api/v1/teams", path: "/api/v1/teams", expected: statuses(401, 403, 200, 200, 200, 200, 200)),
            Row(method: .POST, template: "/api/v1/teams", path: "/api/v1/teams",
                body: { actor in ["name": "Matrix team \(actor)", "parentID": team.description] },
                expected: statuses(401, 403, 403, 403, 403, 201, 422)),
            Row(method: .GET, template: "/api/v1/teams/{teamID}", path: "/api/v1/teams/\(team)", expected: statuses(401, 403, 200, 200, 404, 200, 404)),
            Row(method: .PATCH, template: "/api/v1/teams/{teamID}", path: "/api/v1/teams/\(team)",
                body: { _ in ["name": setting.managerTeam.name] }, expected: adminOnlyOnOurs),
            Row(method: .DELETE, template: "/api/v1/people/{personID}", path: "/api/v1/people/\(teammate)", expected: adminOnlyOnOurs),
            Row(method: .DELETE, template: "/api/v1/teams/{teamID}", path: "/api/v1/teams/\(empty)", expected: adminOnlyOnOurs),
            // An empty body is an empty file: callers the gate lets through get its 422, not 403.
            Row(method: .POST, template: "/api/v1/imports", path: "/api/v1/imports?kind=products&mapping=maven-crm-products",
                expected: statuses(401, 403, 403, 422, 422, 422, 422)),
            Row(method: .GET, template: "/api/v1/imports", path: "/api/v1/imports", expected: statuses(401, 403, 403, 200, 200, 200, 200)),
            Row(method: .GET, template: "/api/v1/analyses/time-allocation", path: "/api/v1/analyses/time-allocation", expected: everyone),
            Row(method: .GET, template: "/api/v1/analyses/time-allocation", path: "/api/v1/analyses/time-allocation?scope=organization",
                expected: statuses(401, 403, 403, 200, 403, 200, 200)),
            Row(method: .GET, template: "/api/v1/analyses/execution-rate", path: "/api/v1/analyses/execution-rate?scope=team:\(team)", expected: teamScoped),
            Row(method: .GET, template: "/api/v1/analyses/pressure", path: "/api/v1/analyses/pressure?scope=team:\(team)", expected: teamScoped),
            Row(method: .GET, template: "/api/v1/analyses/stage-velocity", path: "/api/v1/analyses/stage-velocity?scope=team:\(team)", expected: teamScoped),
            Row(method: .GET, template: "/api/v1/analyses/stalled-deals", path: "/api/v1/analyses/stalled-deals?scope=team:\(team)", expected: teamScoped),
            Row(method: .GET, template: "/api/v1/analyses/deal-results", path: "/api/v1/analyses/deal-results?scope=person:\(teammate)", expected: teammateScoped),
            Row(method: .GET, template: "/api/v1/analyses/reasons", path: "/api/v1/analyses/reasons?scope=person:\(teammate)", expected: teammateScoped),
            Row(method: .GET, template: "/healthz", path: "/healthz", expected: statuses(200, 200, 200, 200, 200, 200, 200)),
            Row(method: .GET, template: "/readyz", path: "/readyz", expected: statuses(200, 200, 200, 200, 200, 200, 200)),
            Row(method: .GET, template: "/metrics", path: "/metrics", expected: statuses(200, 200, 200, 200, 200, 200, 200)),
            Row(method: .GET, template: "/openapi.yaml", path: "/openapi.yaml", expected: statuses(200, 200, 200, 200, 200, 200, 200)),
        ]
    }

    static func setting(_ server: TestServer) async throws -> Setting {
        let demo = server.demo
        let norway = try #require(demo.markets.first { $0.code == "NO" })
        let marketLeader = try #require(demo.people.first { $0.accessRole == .leader && $0.leaderMarketIDs == [norway.id] })
        let managerTeam = try #require(demo.teams.first { $0.id == demo.logins.manager.teamID })
        let teammate = try #require(demo.people.first {
            $0.teamID == managerTeam.id && $0.accessRole == .seller && $0.id != demo.logins.seller.id
        })
        let directory = Directory(database: server.app.db, organizationID: demo.organization.id)
        let emptyTeam = try await directory.addTeam(TeamDraft(name: "Empty", parentID: managerTeam.id, marketID: managerTeam.marketID),
                                                    actor: nil, at: server.clock.now)
        // The market leader needs a password like the other demo logins.
        try await Accounts(database: server.app.db).setPasswordHash(try await server.app.password.async.hash(TestServer.password), for: marketLeader.id)
        return Setting(
            people: [.seller: demo.logins.seller, .manager: demo.logins.manager, .leader: demo.logins.leader,
                     .marketLeader: marketLeader, .admin: demo.logins.admin, .rivalAdmin: server.rival.logins.admin],
            teammate: teammate, managerTeam: managerTeam, emptyTeam: emptyTeam
        )
    }

    static func templates(of app: Application) -> Set<String> {
        Set(app.routes.all.map { route in
            let path = route.path.map { component -> String in
                if case .parameter(let name) = component { return "{\(name)}" }
                return component.description
            }.joined(separator: "/")
            return "\(route.method.rawValue) /\(path)"
        })
    }

    @Test func everyRouteDeclaresItsAccess() async throws {
        try await withServer { server in
            let undeclared = server.app.routes.all.filter { $0.access == nil }.map { "\($0.method) \($0.path.string)" }
            #expect(undeclared.isEmpty, "routes registered without RouteAccess: \(undeclared)")
        }
    }

    @Test func everyAPIRouteHasARow() async throws {
        try await withServer { server in
            let setting = try await Self.setting(server)
            let covered = Set(Self.rows(setting).map { "\($0.method.rawValue) \($0.template)" } + ["POST /api/v1/auth/token", "DELETE /api/v1/auth/token"])
            let apiRoutes = Self.templates(of: server.app).filter { $0.contains(" /api/") || $0.hasSuffix("z") || $0.hasSuffix("/metrics") || $0.hasSuffix(".yaml") }
            #expect(apiRoutes.subtracting(covered).isEmpty, "API routes without a row in the matrix: \(apiRoutes.subtracting(covered).sorted())")
            #expect(covered.subtracting(apiRoutes).isEmpty, "rows for routes that don't exist: \(covered.subtracting(apiRoutes).sorted())")
        }
    }

    @Test func eachCallerGetsExactlyTheAllowedSet() async throws {
        try await withServer { server in
            let setting = try await Self.setting(server)
            var tokens: [Actor: String] = [:]
            for (actor, person) in setting.people {
                tokens[actor] = try await server.token(for: person)
            }
            let ourIDs = server.demo.people.map(\.id.description) + server.demo.teams.map(\.id.description)
            for row in Self.rows(setting) {
                for actor in Actor.allCases {
                    let exchange = try await server.api(row.method, row.path, token: tokens[actor], json: row.body(actor))
                    #expect(exchange.status.code == row.expected[actor], "\(row.method) \(row.template) as \(actor): \(exchange.status.code) \(exchange.text.prefix(300))")
                    if actor == .rivalAdmin, exchange.status.code < 300 {
                        let leaked = ourIDs.filter { exchange.text.contains($0) }
                        #expect(leaked.isEmpty, "\(row.method) \(row.template) showed another organization's ids to \(actor)")
                    }
                }
            }
        }
    }

    @Test func tokensAreIssuedToEveryRoleAndRevokedByTheirOwner() async throws {
        try await withServer { server in
            let setting = try await Self.setting(server)
            let wrong = try await server.api(.POST, "/api/v1/auth/token", json: ["email": server.demo.logins.seller.email, "password": "not the password"])
            #expect(wrong.status == .unauthorized)
            let revokeAnonymously = try await server.api(.DELETE, "/api/v1/auth/token")
            #expect(revokeAnonymously.status == .unauthorized)
            for (actor, person) in setting.people {
                let token = try await server.token(for: person)
                #expect(try await server.api(.DELETE, "/api/v1/auth/token", token: token).status == .noContent, "\(actor)")
                #expect(try await server.api(.GET, "/api/v1/me", token: token).status == .unauthorized, "\(actor) after revoking")
            }
        }
    }
}
