import FluentKit
import Foundation
import SalesDomain
import SQLKit

/// Writing the rollups: one change of contributions added to every group it touches.
extension ExecutionRollups {
    /// Adds the changes to the stored rows; returns the groups whose won deals' stays changed,
    /// whose stall bars are then out of date.
    @discardableResult
    func apply(_ changes: ScopeChanges) async throws -> Set<UUID> {
        let organization = BulkValue.uuid(organizationID.rawValue)
        let weekRows = changes.rollups.flatMap { scope, rollup in
            rollup.tallies.values.flatMap { tally in
                [organization, .uuid(scope), .text(tally.week.description), .text(tally.activityType.rawValue)]
                    + StoredWeekTally.counters(of: tally).map(BulkValue.integer)
            }
        }
        try await BulkInsert(
            into: Self.weekTable, columns: ["organization_id", "scope_id", "week", "activity_type"] + StoredWeekTally.weekCounters,
            addingOnConflict: (["scope_id", "week", "activity_type"], StoredWeekTally.weekCounters)
        ).run(weekRows, on: sql)
        let loadRows = changes.rollups.flatMap { scope, rollup in
            rollup.loads.values.flatMap { load in
                [organization, .uuid(scope), .text(load.week.description)]
                    + [load.highLoadWeeks, load.normalWeeks, load.zeroCapacityWeeks].map(BulkValue.integer)
            }
        }
        try await BulkInsert(
            into: Self.loadTable, columns: ["organization_id", "scope_id", "week"] + StoredWeekTally.loadCounters,
            addingOnConflict: (["scope_id", "week"], StoredWeekTally.loadCounters)
        ).run(loadRows, on: sql)
        let dealRows = changes.deals.flatMap { scope, facts in
            facts.counts.flatMap { key, count -> [BulkValue] in
                [organization, .uuid(scope), .text(key.kind.rawValue), .text(key.stage?.rawValue ?? ""),
                 .text(key.month?.description ?? ""), .integer(key.days ?? -1), .integer(count)]
            }
        }
        try await BulkInsert(
            into: Self.dealTable, columns: ["organization_id", "scope_id", "kind", "stage", "month", "days", "count"],
            addingOnConflict: (["scope_id", "kind", "stage", "month", "days"], ["count"])
        ).run(dealRows, on: sql)
        let reasonRows = changes.reasons.flatMap { scope, tallies in
            tallies.values.flatMap { tally in
                [organization, .uuid(scope), .text(tally.period.description), .text(tally.reasonCode.rawValue)]
                    + [tally.postponements, tally.dropped, tally.verifiedObstacles, tally.acceptedExcuses].map(BulkValue.integer)
            }
        }
        try await BulkInsert(
            into: Self.reasonTable, columns: ["organization_id", "scope_id", "period", "reason_code"] + StoredWeekTally.reasonCounters,
            addingOnConflict: (["scope_id", "period", "reason_code"], StoredWeekTally.reasonCounters)
        ).run(reasonRows, on: sql)
        try await applyReasonOccurrences(changes.reasonOccurrences)
        return Set(changes.deals.filter { _, facts in facts.counts.contains { $0.key.kind == .wonStay && $0.value != 0 } }.keys)
    }

    func applyReasonOccurrences(_ changes: [UUID: ReasonOccurrences]) async throws {
        let organization = BulkValue.uuid(organizationID.rawValue)
        let rows = changes.flatMap { scope, occurrences in
            occurrences.counts.flatMap { occurrence, count -> [BulkValue] in
                [organization, .uuid(scope)] + StoredWeekTally.key(of: occurrence).map(BulkValue.text) + [.integer(count)]
            }
        }
        try await BulkInsert(
            into: Self.reasonOccurrenceTable,
            columns: ["organization_id", "scope_id"] + StoredWeekTally.reasonOccurrenceKey + ["count"],
            addingOnConflict: (["scope_id"] + StoredWeekTally.reasonOccurrenceKey, ["count"])
        ).run(rows, on: sql)
    }
}
