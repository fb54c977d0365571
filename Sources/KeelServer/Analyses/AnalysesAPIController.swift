import Foundation
import KeelStore
import SalesDomain
import Vapor

/// `GET /api/v1/analyses/…?scope=team:<id>&from=…&to=…`: the six execution analyses for one
/// group the caller may see (SPEC §2). Weekly analyses take ISO weeks, deal analyses months.
enum AnalysesAPIController {
    static func register(on api: any RoutesBuilder) {
        let analyses = api.grouped("analyses")
        analyses.on(.GET, "time-allocation", access: .signedIn(.readOwnRecords), use: timeAllocation)
        analyses.on(.GET, "execution-rate", access: .signedIn(.readOwnRecords), use: executionRate)
        analyses.on(.GET, "pressure", access: .signedIn(.readOwnRecords), use: pressure)
        analyses.on(.GET, "stage-velocity", access: .signedIn(.readOwnRecords), use: stageVelocity)
        analyses.on(.GET, "stalled-deals", access: .signedIn(.readOwnRecords), use: stalledDeals)
        analyses.on(.GET, "deal-results", access: .signedIn(.readOwnRecords), use: dealResults)
        analyses.on(.GET, "reasons", access: .signedIn(.readOwnRecords), use: reasons)
    }

    @Sendable
    static func timeAllocation(_ request: Request) async throws -> TimeAllocationResource {
        let scope = try request.analysisScope()
        let weeks = try AnalysisPeriod.weeks(request, calendar: try await request.organizationCalendar)
        let report = try await request.executionAnalytics.timeAllocation(scope, weeks: weeks, asOf: request.now, for: try await request.policy())
        return TimeAllocationResource(scope: scope, weeks: weeks, report: report)
    }

    @Sendable
    static func executionRate(_ request: Request) async throws -> ExecutionRateResource {
        let scope = try request.analysisScope()
        let weeks = try AnalysisPeriod.weeks(request, calendar: try await request.organizationCalendar)
        let report = try await request.executionAnalytics.executionRate(scope, weeks: weeks, asOf: request.now, for: try await request.policy())
        return ExecutionRateResource(scope: scope, weeks: weeks, report: report)
    }

    @Sendable
    static func pressure(_ request: Request) async throws -> PressureResource {
        let scope = try request.analysisScope()
        let weeks = try AnalysisPeriod.weeks(request, calendar: try await request.organizationCalendar)
        let analytics = try await request.executionAnalytics
        let report = try await analytics.pressure(scope, weeks: weeks, asOf: request.now, for: try await request.policy())
        let policy = try await OrganizationSettings(database: request.db, organizationID: analytics.organizationID).pressurePolicy()
        return PressureResource(scope: scope, weeks: weeks, report: report, policy: policy)
    }

    @Sendable
    static func stageVelocity(_ request: Request) async throws -> StageVelocityResource {
        let scope = try request.analysisScope()
        let months = try AnalysisPeriod.months(request, calendar: try await request.organizationCalendar)
        let momentum = try await request.executionAnalytics.momentum(scope, months: months, for: try await request.policy())
        return StageVelocityResource(scope: scope, months: months, momentum: momentum)
    }

    @Sendable
    static func stalledDeals(_ request: Request) async throws -> StalledDealsResource {
        let scope = try request.analysisScope()
        let window = try ListWindow(request)
        let analytics = try await request.executionAnalytics
        let overview = try await analytics.stalledDeals(scope, asOf: request.now, offset: window.offset, limit: window.limit, for: try await request.policy())
        let pipeline = try await OrganizationSettings(database: request.db, organizationID: analytics.organizationID).dealPipeline()
        return StalledDealsResource(
            scope: scope, asOf: request.now, window: window, overview: overview, pipeline: pipeline, currency: try await request.reportingCurrency)
    }

    @Sendable
    static func dealResults(_ request: Request) async throws -> DealResultsResource {
        let scope = try request.analysisScope()
        let months = try AnalysisPeriod.months(request, calendar: try await request.organizationCalendar)
        let results = try await request.executionAnalytics.dealResults(scope, closedIn: months, for: try await request.policy())
        return DealResultsResource(scope: scope, months: months, results: results)
    }

    @Sendable
    static func reasons(_ request: Request) async throws -> ReasonsResource {
        let scope = try request.analysisScope()
        let periods = try AnalysisPeriod.reportingPeriods(request, calendar: try await request.organizationCalendar)
        let analytics = try await request.executionAnalytics
        let report = try await analytics.reasons(scope, periods: periods, for: try await request.policy())
        let catalog = try await OrganizationSettings(database: request.db, organizationID: analytics.organizationID).reasonCatalog()
        return ReasonsResource(scope: scope, periods: periods, report: report, catalog: catalog, language: request.language)
    }
}
