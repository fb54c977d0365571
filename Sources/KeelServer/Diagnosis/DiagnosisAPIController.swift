import Foundation
import KeelStore
import SalesDomain
import Vapor

/// The diagnosis (SPEC §3) through the API: the screen's one query, its thresholds, and each
/// framework version's signal map. Reading is for every signed-in person within their reach;
/// changing the thresholds or a map is for those who set the organization's rules.
enum DiagnosisAPIController {
    static func register(on api: any RoutesBuilder) {
        api.on(.GET, "diagnosis", access: .signedIn(.readOwnRecords), use: overview)
        api.on(.GET, "where-to-act", access: .signedIn(.readOwnRecords), use: whereToAct)
        api.on(.GET, "diagnosis", "policy", access: .signedIn(.readOwnRecords), use: policy)
        api.on(.PUT, "diagnosis", "policy", access: .signedIn(.configureRules), use: setPolicy)
        let version = api.grouped("competence", "frameworks", ":frameworkID", "versions", ":version")
        version.on(.GET, "signal-map", access: .signedIn(.readOwnRecords), use: signalMap)
        version.on(.PUT, "signal-map", access: .signedIn(.configureRules), use: setSignalMap)
    }

    @Sendable
    static func overview(_ request: Request) async throws -> DiagnosisResource {
        let query = try await request.diagnosisQuery(defaultLimit: 100, maximumLimit: 1000)
        let overview = try await request.diagnosis.overview(query, for: try await request.policy())
        return DiagnosisResource(overview, language: request.language)
    }

    @Sendable
    static func whereToAct(_ request: Request) async throws -> WhereToActResource {
        let query = try await request.diagnosisQuery(defaultLimit: 100, maximumLimit: 1000)
        return WhereToActResource(try await request.diagnosis.whereToAct(query, for: try await request.policy()), language: request.language)
    }

    @Sendable
    static func policy(_ request: Request) async throws -> DiagnosisPolicyResource {
        DiagnosisPolicyResource(try await request.organizationSettings.diagnosisPolicy())
    }

    @Sendable
    static func setPolicy(_ request: Request) async throws -> DiagnosisPolicyResource {
        let body = try request.content.decode(DiagnosisPolicyResource.self)
        try await request.diagnosis.savePolicy(body.policy, actor: try request.signedIn.person.id, at: request.now)
        return DiagnosisPolicyResource(try await request.organizationSettings.diagnosisPolicy())
    }

    @Sendable
    static func signalMap(_ request: Request) async throws -> SignalMapResource {
        let reference = try request.frameworkReference()
        guard let framework = try await request.competence.framework(reference) else { throw APIError.notFound(field: "version") }
        return SignalMapResource(try await request.diagnosis.signalMap(for: framework), reference: reference)
    }

    @Sendable
    static func setSignalMap(_ request: Request) async throws -> SignalMapResource {
        let reference = try request.frameworkReference()
        guard try await request.competence.framework(reference) != nil else { throw APIError.notFound(field: "version") }
        let body = try request.content.decode(SignalMapRequest.self)
        let map = try await request.diagnosis.saveSignalMap(
            body.areas.map(\.signals), for: reference, actor: try request.signedIn.person.id, at: request.now)
        return SignalMapResource(map, reference: reference)
    }
}

extension Request {
    var diagnosis: DiagnosisStore {
        get async throws {
            DiagnosisStore(
                database: db, organizationID: try signedIn.person.organizationID, calendar: try await organizationCalendar,
                kept: application.keel.keptScreens)
        }
    }

    var organizationSettings: OrganizationSettings {
        get throws { OrganizationSettings(database: db, organizationID: try signedIn.person.organizationID) }
    }

    /// `scope`, `from` and `to` as the diagnosis screen reads them: by default the 13 weeks
    /// ending with the last week that has ended; `limit` and `offset` the page of its sellers.
    func diagnosisQuery(defaultLimit: Int, maximumLimit: Int) async throws -> DiagnosisQuery {
        let calendar = try await organizationCalendar
        let weeks = try AnalysisPeriod.weeks(self, calendar: calendar)
        let window = try ListWindow(self, defaultLimit: defaultLimit, maximumLimit: maximumLimit)
        return DiagnosisQuery(scope: try analysisScope(), weeks: weeks, asOf: now, page: ListPage(offset: window.offset, limit: window.limit))
    }
}
