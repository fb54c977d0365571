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
