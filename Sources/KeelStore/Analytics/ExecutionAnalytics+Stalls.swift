import FluentKit
import Foundation
import SalesDomain
import SQLKit

extension ExecutionAnalytics {
    /// The group's stalled deals as of `asOf` (``StageVelocity/stalledDeals(openDeals:thresholds:teamByPerson:asOf:calendar:)``
    /// states the rule): the counts per stage and the page of `limit` deals from position
    /// `offset`, most days over first, with what the page's deals are called.
    ///
    /// Judged by the database from one index: each open deal keeps its current stay, the bar
    /// that applies to it and its owner's team and market (``StallBars/judgeOpenDeals()``), so
    /// counting is a scan of the group's open deals with no lookups. The comparison is the
    /// domain's, whole days in the stage against the bar, so the two agree to the last deal.
    public func stalledDeals(_ scope: AnalysisScope, asOf: Date, offset: Int = 0, limit: Int = 100) async throws -> StallOverview {
        let queries = StalledDealQueries(organizationID: organizationID.rawValue, scope: scope, today: calendar.localDayNumber(of: asOf))

        struct StageCount: Decodable {
            var stage: String
            var unjudged: Int
            var stalled: Int
        }
        let counts = try await sql.raw(queries.countsPerStage).all(decoding: StageCount.self)

        struct Row: Decodable {
            var deal_id: UUID
            var owner_id: UUID
            var team_id: UUID?
            var stage: String
            var value_cents: Int
            var entered_at: Date
            var days_in_stage: Int
            var threshold_days: Double
            var basis: String
        }
        let rows = try await sql.raw(queries.page(offset: offset, limit: limit)).all(decoding: Row.self)

        let page = rows.map { row in
            StalledDeal(
                dealID: .init(row.deal_id), ownerID: .init(row.owner_id), teamID: row.team_id.map(Team.ID.init), stage: DealStage(row.stage),
                value: Cents.value(Int64(row.value_cents)), enteredStageAt: row.entered_at, daysInStage: row.days_in_stage,
                thresholdDays: row.threshold_days, basis: StallThresholds.Basis(rawValue: row.basis) ?? .organization,
                daysOver: Double(row.days_in_stage) - row.threshold_days)
        }
        let total = counts.reduce(0) { $0 + $1.stalled }
        return StallOverview(
            stalledByStage: Dictionary(counts.map { (DealStage($0.stage), $0.stalled) }, uniquingKeysWith: +),
            unjudged: counts.reduce(0) { $0 + $1.unjudged }, offset: min(max(offset, 0), total), page: page,
            labels: try await DealStore(database: database, organizationID: organizationID).labels(of: page.map(\.dealID)))
    }

    /// How many of each owner's open deals in the scope are stalled, per stage (by the same
    /// rule as ``stalledDeals(_:asOf:offset:limit:)``).
    public func stalledDealsByOwner(_ scope: AnalysisScope, asOf: Date) async throws -> [Person.ID: [DealStage: Int]] {
        struct Row: Decodable {
            var owner_id: UUID
            var stage: String
            var stalled: Int?
        }
        let queries = StalledDealQueries(organizationID: organizationID.rawValue, scope: scope, today: calendar.localDayNumber(of: asOf))
        var counts: [Person.ID: [DealStage: Int]] = [:]
        for row in try await sql.raw(queries.stalledPerOwnerAndStage).all(decoding: Row.self) where (row.stalled ?? 0) > 0 {
            counts[Person.ID(row.owner_id), default: [:]][DealStage(row.stage)] = row.stalled
        }
        return counts
    }

    /// Each owner's stalled deal most days over its stage's bar (ties by id, as the stalled
    /// list orders them), for the owners of `scope` in one read rather than one per owner.
    public func longestStalledDealByOwner(_ scope: AnalysisScope, asOf: Date) async throws -> [Person.ID: Deal.ID] {
        struct Row: Decodable {
            var deal_id: UUID
            var owner_id: UUID
        }
        let queries = StalledDealQueries(organizationID: organizationID.rawValue, scope: scope, today: calendar.localDayNumber(of: asOf))
        var longest: [Person.ID: Deal.ID] = [:]
        for row in try await sql.raw(queries.mostDaysOverFirstPerOwner).all(decoding: Row.self) where longest[Person.ID(row.owner_id)] == nil {
            longest[Person.ID(row.owner_id)] = Deal.ID(row.deal_id)
        }
        return longest
    }
}

/// The two reads of the stalled-deals analysis, both served by the partial covering index
/// `open_deal_stays` alone (`QueryPlanStoreTests` holds them to it on SQLite and PostgreSQL).
struct StalledDealQueries {
    let organizationID: UUID
    let scope: AnalysisScope
    /// Today as a local day number (`WeekCalendar.localDayNumber`).
    let today: Int

    private var daysInStage: SQLQueryString { "(\(bind: today) - d.stage_entered_day)" }

    /// Stalled and unjudged open deals per stage.
    var countsPerStage: SQLQueryString {
        """
        SELECT d.stage AS stage,
          SUM(CASE WHEN d.stage_entered_day IS NULL OR d.stall_bar_days IS NULL THEN 1 ELSE 0 END) AS unjudged,
          SUM(CASE WHEN \(daysInStage) > d.stall_bar_days THEN 1 ELSE 0 END) AS stalled
        \(OpenDealsOfScope(organizationID: organizationID, scope: scope).from)
        GROUP BY d.stage
        """
    }

    /// Stalled open deals per owner and stage, for the diagnosis's structural findings.
    var stalledPerOwnerAndStage: SQLQueryString {
        """
        SELECT d.owner_id AS owner_id, d.stage AS stage, SUM(CASE WHEN \(daysInStage) > d.stall_bar_days THEN 1 ELSE 0 END) AS stalled
        \(OpenDealsOfScope(organizationID: organizationID, scope: scope).from)
        GROUP BY d.owner_id, d.stage
        """
    }

    /// The stalled deals by owner, each owner's most days over first.
    var mostDaysOverFirstPerOwner: SQLQueryString {
        """
        SELECT d.id AS deal_id, d.owner_id AS owner_id
        \(OpenDealsOfScope(organizationID: organizationID, scope: scope).from)
          AND \(daysInStage) > d.stall_bar_days
        ORDER BY d.owner_id, \(daysInStage) - d.stall_bar_days DESC, d.id
        """
    }

    /// One page of the stalled deals, most days over first.
    func page(offset: Int, limit: Int) -> SQLQueryString {
        """
        SELECT d.id AS deal_id, d.owner_id AS owner_id, d.owner_team_id AS team_id, d.stage AS stage,
          d.value_cents AS value_cents, d.stage_entered_at AS entered_at, \(daysInStage) AS days_in_stage,
          d.stall_bar_days AS threshold_days, d.stall_basis AS basis
        \(OpenDealsOfScope(organizationID: organizationID, scope: scope).from)
          AND \(daysInStage) > d.stall_bar_days
        ORDER BY \(daysInStage) - d.stall_bar_days DESC, d.id
        LIMIT \(bind: max(limit, 0)) OFFSET \(bind: max(offset, 0))
        """
    }
}

/// The SQL that picks a group's open deals.
private struct OpenDealsOfScope {
    let organizationID: UUID
    let scope: AnalysisScope

    /// The open deals — the literal lets the partial index `open_deal_stays` serve — of the
    /// group's members.
    var from: SQLQueryString {
        var members: SQLQueryString
        switch scope {
        case .person(let id): members = " AND d.owner_id = \(bind: id.rawValue)"
        case .team(let team): members = " AND \(TeamPaths.within("d.owner_team_path", subtreeOf: team.rawValue, organization: organizationID))"
        case .market(let id): members = " AND d.owner_market_id = \(bind: id.rawValue)"
        case .organization: members = ""
        }
        return """
            FROM deals d
            WHERE d.organization_id = \(bind: organizationID) AND d.outcome = \(literal: DealOutcome.open.rawValue)\(members)
            """
    }
}
