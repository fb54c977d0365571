import Foundation
@testable import KeelServer
import KeelStore
import SalesDomain
import Testing
import Vapor

/// The execution analyses through real HTTP, against the domain's definitions computed from
/// every stored activity: what the rollups serve must be what the analysis says.
@Suite(.serialized) struct AnalysesAPITests {
    static let calendar = WeekCalendar.stockholm

    /// Ten weeks of generated history before the server's now (Mon 2026-01-05).
    static func seedHistory(_ server: TestServer) async throws -> [DemoSellerExecution] {
        let spec = try DemoExecutionSpec.weeks(10, endingBefore: server.clock.now, seed: 3, calendar: .stockholm).validated()
        let generator = DemoExecutionGenerator(server.demo, spec: spec)
        try await ExecutionSeeding(database: server.app.db, organizationID: server.demo.organization.id).store(generator, at: server.clock.now)
        return generator.sellers.map(generator.execution(for:))
    }

    @Test func aManagersTeamFiguresEqualTheDefinitionsOverEveryActivity() async throws {
        try await withServer { server in
            let history = try await Self.seedHistory(server)
            let manager = server.demo.logins.manager
            let team = try #require(manager.teamID)
            let token = try await server.token(for: manager)
            let hierarchy = TeamHierarchy(server.demo.teams)
            let grouping = PersonGrouping.byTeamAndParents(server.demo.people, hierarchy: hierarchy)
            let tallies = WeeklyActivityTally.tallies(activities: history.flatMap(\.activities), postponements: history.flatMap(\.postponements), calendar: .stockholm)
            let span = ISOWeek(year: 2025, week: 44)!...ISOWeek(year: 2026, week: 2)!
            let query = "scope=team:\(team)&from=\(span.lowerBound)&to=\(span.upperBound)"

            let allocation = try await server.api(.GET, "/api/v1/analyses/time-allocation?\(query)", token: token)
            #expect(allocation.status == .ok)
            let expectedAllocation = try #require(TimeAllocationReport.byGroup(tallies: tallies, rules: .defaults, grouping: grouping, weeks: span, asOf: .distantFuture, calendar: .stockholm)[team])
            let allocationBody = try allocation.json()
            let total = try #require(allocationBody["total"] as? [String: Any])
            #expect(total["sellingMinutes"] as? Int == expectedAllocation.total.sellingMinutes)
            #expect(total["internalMinutes"] as? Int == expectedAllocation.total.internalMinutes)
            #expect(expectedAllocation.total.totalMinutes > 0)
            #expect((allocationBody["weeks"] as? [Any])?.count == 11)

            let rate = try await server.api(.GET, "/api/v1/analyses/execution-rate?\(query)", token: token).json()
            let expectedRate = try #require(ExecutionRateReport.byGroup(tallies: tallies, grouping: grouping, weeks: span, asOf: server.clock.now, calendar: .stockholm)[team])
            let overall = try #require(rate["overall"] as? [String: Any])
            #expect(overall["planned"] as? Int == expectedRate.overall.planned)
            #expect(overall["doneOnTime"] as? Int == expectedRate.overall.doneOnTime)

            let pressure = try await server.api(.GET, "/api/v1/analyses/pressure?\(query)", token: token).json()
            let expectedPressure = try #require(PressureReport.byGroup(tallies: tallies, grouping: grouping, weeks: span, asOf: server.clock.now, calendar: .stockholm)[team])
            #expect(pressure["highLoadWeeks"] as? Int == expectedPressure.highLoadWeeks)
            #expect(pressure["normalWeeks"] as? Int == expectedPressure.normalWeeks)
            let comparisons = try #require(pressure["comparisons"] as? [[String: Any]])
            #expect(comparisons.map { $0["activityType"] as? String } == expectedPressure.comparisons.map(\.activityType.rawValue))

            let months = "scope=team:\(team)&from=2025-01&to=2026-01"
            let results = try await server.api(.GET, "/api/v1/analyses/deal-results?\(months)", token: token).json()
            let deals = history.flatMap(\.deals)
            let range = Self.calendar.dateRange(of: CalendarMonth(year: 2025, month: 1)!...CalendarMonth(year: 2026, month: 1)!)
            let expectedResults = DealResults.byGroup(deals: deals, grouping: grouping, closedIn: range, calendar: .stockholm)[team]
            #expect(results["won"] as? Int == expectedResults?.won ?? 0)
            #expect(results["lost"] as? Int == expectedResults?.lost ?? 0)

            let reasons = try await server.api(.GET, "/api/v1/analyses/reasons?\(months)", token: token).json()
            let reasonTallies = ReasonTally.tallies(postponements: history.flatMap(\.postponements), granularity: .month, calendar: .stockholm)
            let periods = ReportingPeriod.month(CalendarMonth(year: 2025, month: 1)!)...ReportingPeriod.month(CalendarMonth(year: 2026, month: 1)!)
            let expectedReasons = try #require(ReasonReport.byGroup(tallies: reasonTallies, catalog: .defaults, grouping: grouping, periods: periods)[team])
            let reasonRows = try #require(reasons["reasons"] as? [[String: Any]])
            #expect(reasonRows.map { $0["reasonCode"] as? String } == expectedReasons.reasons.map(\.reasonCode.rawValue))
            #expect(reasonRows.map { $0["people"] as? Int } == expectedReasons.reasons.map(\.people))
            #expect(reasonRows.map { $0["total"] as? Int } == expectedReasons.reasons.map(\.total))

            let velocity = try await server.api(.GET, "/api/v1/analyses/stage-velocity?\(months)", token: token)
            #expect(velocity.status == .ok)
            let stalled = try await server.api(.GET, "/api/v1/analyses/stalled-deals?scope=team:\(team)", token: token)
            #expect(stalled.status == .ok)
            let all = try stalled.json()
            let stalledTotal = try #require(all["total"] as? Int)
            let byStage = try #require(all["byStage"] as? [[String: Any]])
            #expect(byStage.compactMap { $0["stalled"] as? Int }.reduce(0, +) == stalledTotal, "the counts cover every stalled deal")
            #expect((all["stalled"] as? [Any])?.count == min(stalledTotal, 100))
            let second = try await server.api(.GET, "/api/v1/analyses/stalled-deals?scope=team:\(team)&limit=1&offset=1", token: token).json()
            let secondPage = try #require(second["stalled"] as? [[String: Any]])
            #expect(secondPage.map { $0["dealID"] as? String } == (all["stalled"] as? [[String: Any]] ?? []).dropFirst().prefix(1).map { $0["dealID"] as? String })
            #expect(second["total"] as? Int == stalledTotal)
        }
    }

    @Test func withoutAScopeEachRoleGetsItsNaturalOne() async throws {
        try await withServer { server in
            _ = try await Self.seedHistory(server)
            let logins = server.demo.logins
            let expected: [(Person, String)] = [
                (logins.seller, "person:\(logins.seller.id)"), (logins.manager, "team:\(logins.manager.teamID!)"),
                (logins.leader, "organization"), (logins.admin, "organization"),
            ]
            for (person, scope) in expected {
                let body = try await server.api(.GET, "/api/v1/analyses/time-allocation", token: try await server.token(for: person)).json()
                #expect(body["scope"] as? String == scope, "\(person.accessRole)")
                #expect((body["weeks"] as? [Any])?.count == 13)
            }
        }
    }

    @Test func badScopesAndPeriodsNameTheParameter() async throws {
        try await withServer { server in
            let token = try await server.token(for: server.demo.logins.leader)
            let cases: [(String, String)] = [
                ("/api/v1/analyses/pressure?scope=everyone", "scope"),
                ("/api/v1/analyses/pressure?scope=team:not-a-uuid", "scope"),
                ("/api/v1/analyses/pressure?from=2026-W60", "from"),
                ("/api/v1/analyses/pressure?from=2026-W10&to=2026-W02", "from"),
                ("/api/v1/analyses/pressure?from=2020-W01&to=2026-W01", "from"),
                ("/api/v1/analyses/deal-results?to=2026-13", "to"),
                ("/api/v1/analyses/reasons?granularity=day", "granularity"),
                ("/api/v1/analyses/reasons?granularity=week&from=2026-01", "from"),
            ]
            for (path, field) in cases {
                let exchange = try await server.api(.GET, path, token: token)
                #expect(exchange.status == .badRequest, "\(path): \(exchange.status)")
                #expect(exchange.error?.field == field, "\(path): \(exchange.text)")
            }
            // A page out of range is refused the way the people listing refuses one.
            for (query, field) in [("limit=0", "limit"), ("limit=lots", "limit"), ("limit=1001", "limit"), ("offset=-1", "offset")] {
                let exchange = try await server.api(.GET, "/api/v1/analyses/stalled-deals?\(query)", token: token)
                #expect(exchange.status == .unprocessableEntity, "\(query): \(exchange.status)")
                #expect(exchange.error?.field == field, "\(query): \(exchange.text)")
            }
            let unknownMarket = try await server.api(.GET, "/api/v1/analyses/pressure?scope=market:\(UUID())", token: token)
            #expect(unknownMarket.status == .notFound)
        }
    }
}
