import Foundation
import KeelStore
import SalesDomain
import Vapor

/// Coachable KPIs (SPEC §4) through the API: a seller's report, their own targets and the weekly
/// values entered by hand. Who may do what is ``AccessPolicy``'s, applied by ``KPIStore``.
enum KPIsAPIController {
    static func register(on api: any RoutesBuilder) {
        let kpis = api.grouped("people", ":personID", "kpis")
        kpis.on(.GET, access: .signedIn(.readOwnRecords), use: report)
        kpis.on(.PUT, ":kpi", "target", access: .signedIn(.readOwnRecords), use: setTarget)
        kpis.on(.DELETE, ":kpi", "target", access: .signedIn(.readOwnRecords), use: resetTarget)
        kpis.on(.PUT, ":kpi", "weeks", ":week", access: .signedIn(.readOwnRecords), use: enter)
        kpis.on(.DELETE, ":kpi", "weeks", ":week", access: .signedIn(.readOwnRecords), use: remove)
    }

    @Sendable
    static func report(_ request: Request) async throws -> SellerKPIsResource {
        let person = try request.id("personID", as: Person.ID.self, entity: "person")
        let report = try await request.kpis.report(of: person, for: try await request.policy(), asOf: request.now)
        return SellerKPIsResource(report, words: KPIWords(text: try await request.localizer), currency: try await request.reportingCurrency)
    }

    struct TargetBody: Content {
        var target: Double
    }

    struct ValueBody: Content {
        var value: Double
    }

    @Sendable
    static func setTarget(_ request: Request) async throws -> SellerKPIsResource {
        let person = try request.id("personID", as: Person.ID.self, entity: "person")
        let body = try request.content.decode(TargetBody.self)
        try await request.kpis.setTarget(body.target, kpiKey: try kpiKey(request), of: person, for: try await request.policy(), at: request.now)
        return try await report(request)
    }

    @Sendable
    static func resetTarget(_ request: Request) async throws -> SellerKPIsResource {
        let person = try request.id("personID", as: Person.ID.self, entity: "person")
        try await request.kpis.setTarget(nil, kpiKey: try kpiKey(request), of: person, for: try await request.policy(), at: request.now)
        return try await report(request)
    }

    @Sendable
    static func enter(_ request: Request) async throws -> SellerKPIsResource {
        let person = try request.id("personID", as: Person.ID.self, entity: "person")
        let body = try request.content.decode(ValueBody.self)
        try await request.kpis.enter(body.value, kpiKey: try kpiKey(request), week: try week(request), of: person, for: try await request.policy(), at: request.now)
        return try await report(request)
    }

    @Sendable
    static func remove(_ request: Request) async throws -> SellerKPIsResource {
        let person = try request.id("personID", as: Person.ID.self, entity: "person")
        try await request.kpis.enter(nil, kpiKey: try kpiKey(request), week: try week(request), of: person, for: try await request.policy(), at: request.now)
        return try await report(request)
    }

    static func kpiKey(_ request: Request) throws -> String {
        request.parameters.get("kpi") ?? ""
    }

    static func week(_ request: Request) throws -> ISOWeek {
        guard let week = request.parameters.get("week").flatMap(ISOWeek.init) else { throw APIError.malformed("week", .notAWeek) }
        return week
    }
}

extension Request {
    var kpis: KPIStore {
        get async throws {
            KPIStore(database: db, organizationID: try signedIn.person.organizationID, calendar: try await organizationCalendar)
        }
    }
}
