import Foundation
import KeelStore
import SalesDomain
import Vapor

/// `/api/v1/competence/cycles`: assessment cycles. Everyone lists them (they rate in them);
/// leaders and admins open and close them (SPEC §1).
enum CyclesAPIController {
    static func register(on competence: any RoutesBuilder) {
        competence.on(.GET, "cycles", access: .signedIn(.readOwnRecords), use: list)
        competence.on(.POST, "cycles", access: .signedIn(.configureRules), use: create)
        competence.on(.GET, "cycles", ":cycleID", "progress", access: .signedIn(.readOthers), use: progress)
        competence.on(.POST, "cycles", ":cycleID", "close", access: .signedIn(.configureRules), use: close)
    }

    @Sendable
    static func list(_ request: Request) async throws -> ListResource<CycleResource> {
        let cycles = try await request.competence.cycleSummaries()
        return ListResource(items: cycles.map(CycleResource.init), total: cycles.count)
    }

    @Sendable
    static func create(_ request: Request) async throws -> Response {
        let body = try request.content.decode(CycleCreateRequest.self)
        let store = try request.competence
        let cycle = try await store.openCycle(
            name: body.name, framework: body.framework, participants: body.participantIDs, policy: body.policy,
            actor: try request.signedIn.person.id, at: request.now)
        guard let summary = try await store.cycleSummaries().first(where: { $0.id == cycle.id }) else {
            throw APIError.notFound(field: "cycleID")
        }
        let response = Response(status: .created)
        response.headers.replaceOrAdd(name: .location, value: "/api/v1/competence/cycles/\(cycle.id)")
        try response.content.encode(CycleResource(summary), as: .json)
        return response
    }

    /// Closing is final: a second close is 409, naming `status`.
    @Sendable
    static func close(_ request: Request) async throws -> CycleResource {
        let cycle = try await request.assessmentCycle()
        let store = try request.competence
        _ = try await store.closeCycle(cycle.id, actor: try request.signedIn.person.id, at: request.now)
        guard let summary = try await store.cycleSummaries().first(where: { $0.id == cycle.id }) else {
            throw APIError.notFound(field: "cycleID")
        }
        return CycleResource(summary)
    }
}

extension CyclesAPIController {
    /// `GET /api/v1/competence/cycles/{cycleID}/progress`: the page's progress, for those who read others.
    @Sendable
    static func progress(_ request: Request) async throws -> CycleProgressResource {
        let id = try request.id("cycleID", as: AssessmentCycle.ID.self, entity: "assessment cycle")
        let progress = try await request.competence.cycleProgress(
            id, for: try await request.policy(), noTeamName: Localizer(request.language)(.personNoTeam))
        return CycleProgressResource(progress)
    }
}

/// An assessment cycle's progress: totals and per team, with each participant's state per source.
struct CycleProgressResource: Content {
    struct Tally: Content {
        var done: Int
        var draft: Int
        var notStarted: Int
        init(_ tally: CycleProgress.Tally) {
            done = tally.done
            draft = tally.draft
            notStarted = tally.notStarted
        }
    }

    struct Group: Content {
        var teamID: UUID?
        var name: String
        var participants: Int
        var selfAssessment: Tally
        var manager: Tally
        var peers: Tally
    }

    struct Participant: Content {
        var personID: UUID
        var name: String
        var teamID: UUID?
        var selfAssessment: String
        var manager: String
        var peersSubmitted: Int
        var peersDrafting: Int
    }

    var cycleID: UUID
    var name: String
    var status: String
    var participants: Int
    var hiddenParticipants: Int
    var selfAssessment: Tally
    var manager: Tally
    var peers: Tally
    var teams: [Group]
    var people: [Participant]

    init(_ progress: CycleProgress) {
        cycleID = progress.cycle.id.rawValue
        name = progress.cycle.name
        status = progress.cycle.status.rawValue
        participants = progress.participants.count
        hiddenParticipants = progress.hiddenParticipants
        selfAssessment = Tally(progress.selfAssessment)
        manager = Tally(progress.manager)
        peers = Tally(progress.peers)
        teams = progress.groups.map {
            Group(teamID: $0.teamID?.rawValue, name: $0.name, participants: $0.participants, selfAssessment: Tally($0.selfAssessment),
                  manager: Tally($0.manager), peers: Tally($0.peers))
        }
        people = progress.participants.map {
            Participant(personID: $0.person.id.rawValue, name: $0.person.name, teamID: $0.person.teamID?.rawValue, selfAssessment: $0.selfAssessment.rawValue,
                        manager: $0.manager.rawValue, peersSubmitted: $0.peers.submitted, peersDrafting: $0.peers.drafting)
        }
    }
}
