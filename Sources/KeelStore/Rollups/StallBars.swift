import FluentKit
import Foundation
import SalesDomain
import SQLKit

/// The stall bars of an organization, kept: for each team (with its sub-teams) and for the
/// organization, and each stage, the stall policy's percentile of won deals' completed days
/// in the stage and how many won deals it rests on (``ExecutionRollups/wonStayPercentiles(scopes:percentile:)``).
///
/// Bars change only when deals are won, a person or team moves, or the percentile changes;
/// the stall analysis asks for them on every request, and computing a thousand teams'
/// percentiles from their histograms took 450 ms. So they are recomputed on those writes —
/// for the groups whose won stays changed — and read by a join.
struct StallBars: Sendable {
    static let table = "stall_bars"

    let database: any Database
    let organizationID: Organization.ID

    private var sql: any SQLDatabase { database as! any SQLDatabase }

    /// Recomputes the bars of those of `scopes` that are teams or the organization; people's
    /// and markets' bars are never used.
    func refresh(scopes: some Collection<UUID>) async throws {
        let candidates = Set(scopes)
        guard !candidates.isEmpty else { return }
        var barScopes: [UUID] = candidates.contains(organizationID.rawValue) ? [organizationID.rawValue] : []
        for chunk in Array(candidates).chunked(into: 500) {
            barScopes += try await sql.select().column("id").from(TeamModel.schema)
                .where("organization_id", .equal, organizationID.rawValue).where("id", .in, Array(chunk))
                .all(decoding: TeamIDRow.self).map(\.id)
        }
        try await replace(scopes: barScopes)
    }

    /// Every bar of the organization recomputed: after the percentile changes, or a rebuild.
    func rebuild() async throws {
        try await sql.delete(from: Self.table).where("organization_id", .equal, organizationID.rawValue).run()
        let teams = try await TeamModel.query(on: database).filter(\.$organizationID == organizationID.rawValue).all(\.$id)
        try await replace(scopes: teams + [organizationID.rawValue])
    }

    private func replace(scopes: [UUID]) async throws {
        guard !scopes.isEmpty else { return }
        let percentile = try await OrganizationSettings(database: database, organizationID: organizationID).stallPolicy().percentile
        let bars = try await ExecutionRollups.of(database: database, organizationID: organizationID)
            .wonStayPercentiles(scopes: scopes, percentile: percentile)
        for chunk in scopes.chunked(into: 500) {
            try await sql.delete(from: Self.table).where("scope_id", .in, Array(chunk)).run()
        }
        let organization = BulkValue.uuid(organizationID.rawValue)
        try await BulkInsert(into: Self.table, columns: ["organization_id", "scope_id", "stage", "won_deals", "days"]).run(
            bars.flatMap { [organization, .uuid($0.scope), .text($0.stage.rawValue), .integer($0.wonDeals), .real($0.days)] },
            on: sql)
        try await judgeOpenDeals()
    }

    /// Gives every open deal of the organization the bar that applies to it now — its owner's
    /// team's for the deal's stage when that rests on the policy's minimum of won deals, else
    /// the organization's (``StallThresholds/reference(for:team:)``), else none — and its
    /// owner's team, that team's place in the tree (``TeamPaths``) and the owner's market.
    ///
    /// Call it after anything that can change which bar applies: new bars (done here), deals
    /// imported, a person or team moved, a new minimum. One statement over the open deals,
    /// so that the analysis reads bars with the deals instead of looking them up per request.
    func judgeOpenDeals() async throws {
        let minimum = try await OrganizationSettings(database: database, organizationID: organizationID).stallPolicy().minimumWonDeals
        let organization = organizationID.rawValue
        let teamBar: SQLQueryString = """
            SELECT b.days FROM \(ident: Self.table) b JOIN people p ON b.scope_id = p.team_id
            WHERE p.id = deals.owner_id AND b.stage = deals.stage AND b.won_deals >= \(bind: minimum)
            """
        let organizationBar: SQLQueryString = """
            SELECT b.days FROM \(ident: Self.table) b WHERE b.scope_id = \(bind: organization) AND b.stage = deals.stage
            """
        try await TeamPaths.refresh(organization: organization, on: sql)
        try await sql.raw("""
            UPDATE deals SET
              owner_team_id = (SELECT p.team_id FROM people p WHERE p.id = deals.owner_id),
              owner_team_path = \(TeamPaths.ofDealOwnersTeam),
              owner_market_id = (SELECT p.market_id FROM people p WHERE p.id = deals.owner_id),
              stall_bar_days = COALESCE((\(teamBar)), (\(organizationBar))),
              stall_basis = CASE WHEN EXISTS (\(teamBar)) THEN \(literal: StallThresholds.Basis.team.rawValue)
                WHEN EXISTS (\(organizationBar)) THEN \(literal: StallThresholds.Basis.organization.rawValue) END
            WHERE organization_id = \(bind: organization) AND outcome = \(literal: DealOutcome.open.rawValue)
            """).run()
    }
}

private struct TeamIDRow: Decodable {
    var id: UUID
}
