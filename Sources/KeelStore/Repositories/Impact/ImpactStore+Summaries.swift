import FluentKit
import Foundation
import SalesDomain
import SQLKit

extension ImpactStore {
    /// Recomputes every intervention group's estimate and keeps them for the tile and the list.
    ///
    /// Periodic rather than on write: an estimate moves when any of hundreds of comparison sellers'
    /// weeks change and when a week ends, so recomputing on each write would resample on every
    /// activity saved; the tile reads what this kept, at most one refresh old.
    public func refreshSummaries(asOf: Date, weeks: Int = ImpactWindows.defaultWeeks) async throws {
        let all = try await interventions()
        let thisWeek = calendar.week(containing: asOf)
        var kept: [(summary: ImpactSummary, sellers: Set<Person.ID>)] = []
        for group in ImpactGroup.groups(of: all, calendar: calendar) where group.startWeek <= thisWeek {
            let estimate = try await estimate(of: group.interventions, weeks: weeks, comparison: nil, asOf: asOf, all: all)
            let sellers = group.interventions.map(\.sellerID)
            kept.append((ImpactSummary(id: group.id, channel: group.channel, sellerIDs: sellers, estimate: estimate), Set(sellers)))
        }
        let encoder = JSONEncoder()
        let organization = organizationID.rawValue
        let summaries = kept.map(\.summary)
        let memberships = kept.flatMap { summary, sellers in sellers.map { (summary.id, $0.rawValue) } }
        try await database.transaction { database in
            let sql = database as! any SQLDatabase
            try await sql.delete(from: Self.summarySellerTable).where("organization_id", .equal, organization).run()
            try await sql.delete(from: Self.summaryTable).where("organization_id", .equal, organization).run()
            for chunk in summaries.chunked(into: 200) {
                var insert = sql.insert(into: Self.summaryTable).columns("organization_id", "id", "body", "seller_count", "computed_at")
                for summary in chunk {
                    insert = insert.values(
                        SQLBind(organization), SQLBind(summary.id), SQLBind(String(decoding: try encoder.encode(summary), as: UTF8.self)),
                        SQLBind(summary.sellerCount), SQLBind(asOf))
                }
                try await insert.run()
            }
            for chunk in memberships.chunked(into: 300) {
                var insert = sql.insert(into: Self.summarySellerTable).columns("organization_id", "summary_id", "seller_id")
                for (summary, seller) in chunk { insert = insert.values(SQLBind(organization), SQLBind(summary), SQLBind(seller)) }
                try await insert.run()
            }
        }
    }

    /// The kept group estimates the viewer may read, and when they were computed.
    ///
    /// A group is readable when every one of its sellers is (`canReadImpact(ofAll:)`). Outside
    /// the whole organization's reach that is counted in SQL — the group's sellers among the
    /// viewer's against all of them — so a manager's request decodes the few estimates about
    /// their own people, not the organization's hundreds of groups.
    func readableSummaries(for policy: AccessPolicy) async throws -> (summaries: [ImpactSummary], computedAt: Date?) {
        try await readableSummaries(readable: policy.canReadOrganization ? nil : try await directory.readablePersonIDs(for: policy))
    }

    /// The same, for the ids a viewer may read, or nil for the whole organization's.
    private func readableSummaries(readable: Set<Person.ID>?) async throws -> (summaries: [ImpactSummary], computedAt: Date?) {
        struct Row: Decodable {
            var body: String
            var computed_at: Date
        }
        let organization = organizationID.rawValue
        var rows: [Row] = []
        if readable == nil {
            rows = try await sql.select().column("body").column("computed_at").from(Self.summaryTable)
                .where("organization_id", .equal, organization).all(decoding: Row.self)
        } else {
            var reached: [String: Int] = [:]
            for chunk in (readable ?? []).map(\.rawValue).chunked(into: 500) {
                for summary in try await reachQuery(of: Array(chunk)).all(decodingColumn: "summary_id", as: String.self) {
                    reached[summary, default: 0] += 1
                }
            }
            struct Counted: Decodable {
                var id: String
                var body: String
                var seller_count: Int
                var computed_at: Date
            }
            for chunk in Array(reached.keys).chunked(into: 500) {
                let found = try await sql.select().column("id").column("body").column("seller_count").column("computed_at")
                    .from(Self.summaryTable)
                    .where("organization_id", .equal, organization).where("id", .in, Array(chunk))
                    .all(decoding: Counted.self)
                for row in found where row.seller_count > 0 && reached[row.id] == row.seller_count {
                    rows.append(Row(body: row.body, computed_at: row.computed_at))
                }
            }
        }
        let summaries = try ImpactSummaryBodies.decode(rows.map(\.body)).sorted { $0.id < $1.id }
        return (summaries, try await lastRefresh())
    }

    /// The kept estimates each of these sellers is counted in, one row per estimate and seller.
    /// Counted by the caller rather than by a GROUP BY: grouped by estimate, SQLite reads every
    /// seller row of the organization in the primary key's order (130 ms at 115,000 rows)
    /// instead of these sellers' rows through `impact_summary_sellers_by_seller_and_summary`.
    func reachQuery(of sellers: [UUID]) -> SQLSelectBuilder {
        sql.select().column("summary_id").from(Self.summarySellerTable)
            .where("organization_id", .equal, organizationID.rawValue).where("seller_id", .in, sellers)
    }

    /// When the kept estimates were computed; none kept yet is nil.
    public func lastRefresh() async throws -> Date? {
        struct Row: Decodable { var computed_at: Date? }
        return try await sql.select().column(SQLFunction("MAX", args: SQLIdentifier("computed_at")), as: "computed_at").from(Self.summaryTable)
            .where("organization_id", .equal, organizationID.rawValue).first(decoding: Row.self)?.computed_at
    }

    /// The start page's "what moved after coaching and practice".
    public func tile(for policy: AccessPolicy) async throws -> ImpactTile {
        let (summaries, computedAt) = try await readableSummaries(for: policy)
        return ImpactTile(summaries: summaries, computedAt: computedAt, targetNames: try await targetNames())
    }

    /// The impact page: the groups the viewer may read and the query's page of the interventions
    /// they may read — the sellers' names read for that page only.
    public func list(_ query: ImpactListQuery = ImpactListQuery(), for policy: AccessPolicy) async throws -> ImpactList {
        let readable = policy.canReadOrganization ? nil : try await directory.readablePersonIDs(for: policy)
        let (summaries, computedAt) = try await readableSummaries(readable: readable)
        let all = try await interventions(of: readable)
        let page = ImpactList.page(of: all, query)
        let people = Dictionary(uniqueKeysWithValues: try await directory.people(ids: Set(page.map(\.sellerID))).map { ($0.id, $0) })
        let entries = page.compactMap { intervention in
            people[intervention.sellerID].flatMap { policy.canReadImpact(of: $0) ? ImpactList.Entry(intervention: intervention, sellerName: $0.name) : nil }
        }
        return ImpactList(
            groups: summaries, interventions: entries, offset: query.offset, total: all.count, computedAt: computedAt, targetNames: try await targetNames())
    }

    /// Competencies by name (``Intervention/Target/reference`` to name); activity types are their codes.
    func targetNames() async throws -> [String: LocalizedText] {
        var names: [String: LocalizedText] = [:]
        for area in try await coaching.coachingFramework()?.areas ?? [] {
            for competency in area.competencies { names[Intervention.Target.competency(competency.id).reference] = competency.name }
        }
        return names
    }
}
