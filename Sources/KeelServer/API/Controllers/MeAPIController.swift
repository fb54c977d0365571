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
        let signedIn = try request.signedIn
        let cache = request.application.keel.signedInCache
        let mark = cache?.mark ?? 0
        if let remembered = cache?.entry(for: signedIn.credential.hash, now: request.now)?.me { return remembered }
        let me = try await read(request)
        cache?.amend(signedIn.credential.hash, readSince: mark) { $0.me = me }
        return me
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
