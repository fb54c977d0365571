import Foundation
import SalesDomain

/// The analyses as a viewer asks for them: each checks the scope against the viewer's policy
/// first (``Directory/subject(_:for:field:)``), so the API and the page authorize alike and
/// neither does it itself. The plain methods remain for trusted callers: rollup maintenance,
/// benchmarks and tests.
extension ExecutionAnalytics {
    private var directory: Directory { Directory(database: database, organizationID: organizationID) }

    /// The execution screen: all six analyses of one scope the viewer may see.
    public func overview(_ query: ExecutionQuery, for policy: AccessPolicy) async throws -> ExecutionOverview {
        let subject = try await directory.subject(query.scope, for: policy)
        let scope = query.scope
        let months = query.months(in: calendar)
        let settings = OrganizationSettings(database: database, organizationID: organizationID)
        let stalled = try await stalledDeals(scope, asOf: query.asOf, offset: query.stalledOffset, limit: query.stalledLimit)
        let owners = try await directory.people(ids: Array(Set(stalled.page.map(\.ownerID))))
        return ExecutionOverview(
            query: query, subject: subject, months: months,
            rules: try await settings.workCategoryRules(), catalog: try await settings.reasonCatalog(),
            pressurePolicy: try await settings.pressurePolicy(),
            allocation: try await timeAllocation(scope, weeks: query.weeks, asOf: query.asOf),
            rate: try await executionRate(scope, weeks: query.weeks, asOf: query.asOf),
            pressure: try await pressure(scope, weeks: query.weeks, asOf: query.asOf),
            momentum: try await momentum(scope, months: months),
            stalled: stalled,
            ownerNames: Dictionary(owners.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first }),
            results: try await dealResults(scope, closedIn: months),
            reasons: try await reasons(scope, periods: .month(months.lowerBound)...(.month(months.upperBound))))
    }

    public func timeAllocation(_ scope: AnalysisScope, weeks: ClosedRange<ISOWeek>, asOf: Date, for policy: AccessPolicy) async throws -> TimeAllocationReport {
        _ = try await directory.subject(scope, for: policy)
        return try await timeAllocation(scope, weeks: weeks, asOf: asOf)
    }

    public func executionRate(_ scope: AnalysisScope, weeks: ClosedRange<ISOWeek>, asOf: Date, for policy: AccessPolicy) async throws -> ExecutionRateReport {
        _ = try await directory.subject(scope, for: policy)
        return try await executionRate(scope, weeks: weeks, asOf: asOf)
    }

    public func pressure(_ scope: AnalysisScope, weeks: ClosedRange<ISOWeek>, asOf: Date, for policy: AccessPolicy) async throws -> PressureReport {
        _ = try await directory.subject(scope, for: policy)
        return try await pressure(scope, weeks: weeks, asOf: asOf)
    }

    public func reasons(_ scope: AnalysisScope, periods: ClosedRange<ReportingPeriod>, for policy: AccessPolicy) async throws -> ReasonReport {
        _ = try await directory.subject(scope, for: policy)
        return try await reasons(scope, periods: periods)
    }

    public func momentum(_ scope: AnalysisScope, months: ClosedRange<CalendarMonth>?, for policy: AccessPolicy) async throws -> DealMomentum {
        _ = try await directory.subject(scope, for: policy)
        return try await momentum(scope, months: months)
    }

    public func dealResults(_ scope: AnalysisScope, closedIn months: ClosedRange<CalendarMonth>?, for policy: AccessPolicy) async throws -> DealResults {
        _ = try await directory.subject(scope, for: policy)
        return try await dealResults(scope, closedIn: months)
    }

    public func stalledDeals(_ scope: AnalysisScope, asOf: Date, offset: Int = 0, limit: Int = 100, for policy: AccessPolicy) async throws -> StallOverview {
        _ = try await directory.subject(scope, for: policy)
        return try await stalledDeals(scope, asOf: asOf, offset: offset, limit: limit)
    }
}
