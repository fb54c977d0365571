import KeelStore
import SalesDomain
import Vapor

/// `GET /api/v1/me`: who am I, where do I belong, what may I do.
enum MeAPIController {
    static func register(on api: any RoutesBuilder) {
        api.on(.GET, "me", access: .signedIn(.readOwnRecords), use: me)
    }

    @Sendable
    static func me(_ request: Request) async throws -> MeResource {
        try await request.remembered(\.me) { try await read(request) }
    }

    private static func read(_ request: Request) async throws -> MeResource {
        let person = try request.signedIn.person
        let directory = try request.directory
        let organization = try await directory.organization()
        let policy = try await request.policy()
        var team: TeamResource?
        if let teamID = person.teamID, let found = try await directory.team(teamID) {
            team = TeamResource(found, headcount: try await directory.activeHeadcount(ofTeam: teamID))
        }
        return MeResource(
            person: PersonResource(person),
            organization: .init(id: organization.id.rawValue, name: organization.name, slug: organization.slug),
            team: team,
            scope: policy.scope.apiName,
            capabilities: Capability.allCases.filter(policy.has).map(\.rawValue)
        )
    }
}
