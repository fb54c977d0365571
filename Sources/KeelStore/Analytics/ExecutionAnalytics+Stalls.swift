import FluentKit
import Foundation
import SalesDomain
import SQLKit

extension ExecutionAnalytics {
    /// The group's stalled deals as of `asOf` (``StageVelocity/stalledDeals(openDeals:thresholds:teamByPerson:asOf:calendar:)``
    /// states the rule): the counts per stage and the page of `limit` deals from position
    /// `offset`, most days over first.
    ///
    /// Judged by the database: each open deal's stay is kept on the deal
    /// (``DealModel/stageEnteredDay``), its bar comes from the stored ``StallBars`` of its owner's
    /// team (when they rest on the policy's minimum of won deals) or the organization's, and
    /// only the counts and the page come back. An organization's ten thousand open deals never
    /// become rows in Swift.
    public func stalledDeals(_ scope: AnalysisScope, asOf: Date, offset: Int = 0, limit: Int = 100) async throws -> StallOverview {
        let policy = try await OrganizationSettings(database: database, organizationID: organizationID).stallPolicy()
        let today = calendar.localDayNumber(of: asOf)
        let judged = JudgedOpenDeals(organizationID: organizationID.rawValue, scope: scope, minimumWonDeals: policy.minimumWonDeals, today: today)

        struct StageCount: Decodable {
            var stage: String
            var unjudged: Int
            var stalled: Int
        }
        let counts = try await sql.raw("""
            \(judged.with)SELECT d.stage AS stage,
              SUM(CASE WHEN d.stage_entered_day IS NULL OR \(judged.bar) IS NULL THEN 1 ELSE 0 END) AS unjudged,
              SUM(CASE WHEN \(judged.daysInStage) > \(judged.bar) THEN 1 ELSE 0 END) AS stalled
            \(judged.from)
            GROUP BY d.stage
            """).all(decoding: StageCount.self)

        struct Row: Decodable {
            var deal_id: UUID
            var owner_id: UUID
            var team_id: UUID?
            var stage: String
            var value_cents: Int
            var entered_at: Date
            var days_in_stage: Int
            var threshold_days: Double
            var team_basis: Int
        }
        let rows = try await sql.raw("""
            \(judged.with)SELECT d.id AS deal_id, d.owner_id AS owner_id, p.team_id AS team_id, d.stage AS stage,
              d.value_cents AS value_cents, d.stage_entered_at AS entered_at, \(judged.daysInStage) AS days_in_stage,
              \(judged.bar) AS threshold_days, CASE WHEN tb.days IS NULL THEN 0 ELSE 1 END AS team_basis
            \(judged.from)
              AND \(judged.daysInStage) > \(judged.bar)
            ORDER BY \(judged.daysInStage) - \(judged.bar) DESC, d.id
            LIMIT \(bind: max(limit, 0)) OFFSET \(bind: max(offset, 0))
            """).all(decoding: Row.self)

        let page = rows.map { row in
            StalledDeal(
                dealID: .init(row.deal_id), ownerID: .init(row.owner_id), teamID: row.team_id.map(Team.ID.init), stage: DealStage(row.stage),
                value: Decimal(row.value_cents) / 100, enteredStageAt: row.entered_at, daysInStage: row.days_in_stage,
                thresholdDays: row.threshold_days, basis: row.team_basis == 1 ? .team : .organization,
                daysOver: Double(row.days_in_stage) - row.threshold_days)
        }
        let total = counts.reduce(0) { $0 + $1.stalled }
        return StallOverview(
            stalledByStage: Dictionary(counts.map { (DealStage($0.stage), $0.stalled) }, uniquingKeysWith: +),
            unjudged: counts.reduce(0) { $0 + $1.unjudged }, offset: min(max(offset, 0), total), page: page)
    }
}

/// The pieces of SQL that pick a group's open deals and put each beside its stall bar.
private struct JudgedOpenDeals {
    let organizationID: UUID
    let scope: AnalysisScope
    let minimumWonDeals: Int
    let today: Int

    /// The team's subtree, for a team's deals; nothing otherwise.
    var with: SQLQueryString {
        guard case .team(let team) = scope else { return "" }
        return """
            WITH RECURSIVE subtree(id) AS (
              SELECT id FROM teams WHERE id = \(bind: team.rawValue) AND organization_id = \(bind: organizationID)
              UNION ALL SELECT t.id FROM teams t JOIN subtree s ON t.parent_id = s.id
            )

            """
    }

    /// The open deals (the literal lets the partial index `open_deal_stays` serve), their
    /// owners, and the owner's team's bar (`tb`) and the organization's (`ob`) for the stage.
    var from: SQLQueryString {
        var filter: SQLQueryString
        switch scope {
        case .person(let id): filter = " AND d.owner_id = \(bind: id.rawValue)"
        case .team: filter = " AND p.team_id IN (SELECT id FROM subtree)"
        case .market(let id): filter = " AND p.market_id = \(bind: id.rawValue)"
        case .organization: filter = ""
        }
        return """
            FROM deals d
            JOIN people p ON p.id = d.owner_id
            LEFT JOIN \(unsafeRaw: StallBars.table) tb
              ON tb.scope_id = p.team_id AND tb.stage = d.stage AND tb.won_deals >= \(bind: minimumWonDeals)
            LEFT JOIN \(unsafeRaw: StallBars.table) ob ON ob.scope_id = \(bind: organizationID) AND ob.stage = d.stage
            WHERE d.organization_id = \(bind: organizationID) AND d.outcome = \(literal: DealOutcome.open.rawValue)\(filter)
            """
    }

    /// Calendar days in the current stage, counted from local day numbers as the domain does.
    var daysInStage: SQLQueryString { "(\(bind: today) - d.stage_entered_day)" }

    var bar: SQLQueryString { "COALESCE(tb.days, ob.days)" }
}
