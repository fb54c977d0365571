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
        var summaries: [ImpactSummary] = []
        for group in ImpactGroup.groups(of: all, calendar: calendar) where group.startWeek <= thisWeek {
            let estimate = try await estimate(of: group.interventions, weeks: weeks, comparison: nil, asOf: asOf, all: all)
            summaries.append(ImpactSummary(id: group.id, channel: group.channel, sellerIDs: group.interventions.map(\.sellerID), estimate: estimate))
        }
        let encoder = JSONEncoder()
        let kept = summaries
        try await database.transaction { database in
            let sql = database as! any SQLDatabase
            try await sql.delete(from: Self.summaryTable).where("organization_id", .equal, organizationID.rawValue).run()
            for chunk in kept.chunked(into: 200) {
                var insert = sql.insert(into: Self.summaryTable).columns("organization_id", "id", "body", "computed_at")
                for summary in chunk {
                    insert = insert.values(
                        SQLBind(organizationID.rawValue), SQLBind(summary.id),
                        SQLBind(String(decoding: try encoder.encode(summary), as: UTF8.self)), SQLBind(asOf))
                }
                try await insert.run()
            }
        }
    }

    /// The kept group estimates the viewer may read, and when they were computed.
    func readableSummaries(for policy: AccessPolicy) async throws -> (summaries: [ImpactSummary], computedAt: Date?) {
        struct Row: Decodable {
            var body: String
            var computed_at: Date
        }
        let rows = try await sql.select().column("body").column("computed_at").from(Self.summaryTable)
            .where("organization_id", .equal, organizationID.rawValue).all(decoding: Row.self)
        let decoder = JSONDecoder()
        var summaries = try rows.map { try decoder.decode(ImpactSummary.self, from: Data($0.body.utf8)) }
        if !policy.canReadOrganization {
            // A group is readable when every one of its sellers is (`canReadImpact(ofAll:)`):
            // checked against the ids in the viewer's reach, a manager's team rather than the
            // thousands of sellers the organization's groups hold.
            let readable = try await directory.readablePersonIDs(for: policy)
            summaries = summaries.filter { !$0.sellerIDs.isEmpty && $0.sellerIDs.allSatisfy(readable.contains) }
        }
        return (summaries, rows.map(\.computed_at).max())
    }

    /// The start page's "what moved after coaching and practice".
    public func tile(for policy: AccessPolicy) async throws -> ImpactTile {
        let (summaries, computedAt) = try await readableSummaries(for: policy)
        return ImpactTile(summaries: summaries, computedAt: computedAt, targetNames: try await targetNames())
    }

    /// The impact page: the groups and each seller's interventions the viewer may read.
    public func list(for policy: AccessPolicy) async throws -> ImpactList {
        let (summaries, computedAt) = try await readableSummaries(for: policy)
        let all = try await interventions()
        let people = Dictionary(uniqueKeysWithValues: try await directory.people(ids: Set(all.map(\.sellerID))).map { ($0.id, $0) })
        let entries = all.compactMap { intervention in
            people[intervention.sellerID].flatMap { policy.canReadImpact(of: $0) ? ImpactList.Entry(intervention: intervention, sellerName: $0.name) : nil }
        }
        return ImpactList(groups: summaries, interventions: entries, computedAt: computedAt, targetNames: try await targetNames())
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
