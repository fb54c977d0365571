import FluentKit
import Foundation
import SalesDomain
import SQLKit

/// Reading the rollups: what the analyses and the maintenance read back.
extension ExecutionRollups {
    /// Every activity type the organization's rollups have seen, for the work-category rules.
    public func activityTypes() async throws -> [ActivityType] {
        try await sql.select().distinct().column("activity_type").from(Self.weekTable)
            .where("scope_id", .equal, organizationID.rawValue).all()
            .map { ActivityType(try $0.decode(column: "activity_type", as: String.self)) }
    }

    /// The weekly rollup of one group over `weeks`.
    public func rollup(scope: UUID, weeks: ClosedRange<ISOWeek>) async throws -> ScopeRollup {
        try await rollups(scopes: [scope], weeks: weeks)[scope] ?? .empty
    }

    /// The reason rows of one group in `periods` (all of one granularity).
    public func reasonTallies(scope: UUID, periods: ClosedRange<ReportingPeriod>) async throws -> [ScopeReasonTally] {
        try await reasonRows(scopes: [scope], periods: periods)[scope].map { Array($0.values) } ?? []
    }

    func rollups(scopes: [UUID], weeks: ClosedRange<ISOWeek>?) async throws -> [UUID: ScopeRollup] {
        var tallies: [UUID: [ScopeWeekTally]] = [:]
        var loads: [UUID: [LoadWeekCount]] = [:]
        for chunk in scopes.chunked(into: 500) {
            var query = sql.select().columns("*").from(Self.weekTable).where("scope_id", .in, Array(chunk))
            if let weeks { query = query.where("week", .greaterThanOrEqual, weeks.lowerBound.description).where("week", .lessThanOrEqual, weeks.upperBound.description) }
            for row in try await query.all() {
                let tally = try StoredWeekTally.tally(from: row)
                tallies[tally.scope, default: []].append(tally.value)
            }
            var loadQuery = sql.select().columns("*").from(Self.loadTable).where("scope_id", .in, Array(chunk))
            if let weeks { loadQuery = loadQuery.where("week", .greaterThanOrEqual, weeks.lowerBound.description).where("week", .lessThanOrEqual, weeks.upperBound.description) }
            for row in try await loadQuery.all() {
                let load = try StoredWeekTally.load(from: row)
                loads[load.scope, default: []].append(load.value)
            }
        }
        return Dictionary(uniqueKeysWithValues: Set(tallies.keys).union(loads.keys).map { scope in
            (scope, ScopeRollup(tallies: tallies[scope] ?? [], loads: loads[scope] ?? []))
        })
    }

    func reasonRows(scopes: [UUID], periods: ClosedRange<ReportingPeriod>?) async throws -> [UUID: [ScopeReasonTally.Key: ScopeReasonTally]] {
        var rows: [UUID: [ScopeReasonTally.Key: ScopeReasonTally]] = [:]
        for chunk in scopes.chunked(into: 500) {
            var query = sql.select().columns("*").from(Self.reasonTable).where("scope_id", .in, Array(chunk))
            if let periods {
                query = query.where("period", .greaterThanOrEqual, periods.lowerBound.description)
                    .where("period", .lessThanOrEqual, periods.upperBound.description)
            }
            for row in try await query.all() {
                let tally = try StoredWeekTally.reason(from: row)
                // Text ranges over "2026-W02" would also match "2026-02"; keep the asked granularity.
                if let periods, tally.value.period.granularity != periods.lowerBound.granularity { continue }
                rows[tally.scope, default: [:]][tally.value.key] = tally.value
            }
        }
        return rows
    }

    /// How many distinct people of a group gave each reason at least once in `periods`, by the
    /// rule of ``ReasonOccurrences``: one sum over the group's own occurrence rows in the range,
    /// so a team of thousands costs what a small one does. A first occurrence is stored with
    /// "" as its previous period, which sorts before every period.
    func reasonGiverCounts(scope: UUID, periods: ClosedRange<ReportingPeriod>) async throws -> [ReasonCode: Int] {
        struct Row: Decodable {
            var reason_code: String
            var people: Int
        }
        let rows = try await sql.select()
            .column("reason_code")
            // PostgreSQL sums BIGINT as NUMERIC.
            .column(SQLRaw(#"CAST(SUM("count") AS BIGINT)"#), as: "people")
            .from(Self.reasonOccurrenceTable)
            .where("scope_id", .equal, scope)
            .where("granularity", .equal, periods.lowerBound.granularity.rawValue)
            .where("period", .greaterThanOrEqual, periods.lowerBound.description)
            .where("period", .lessThanOrEqual, periods.upperBound.description)
            .where("previous_period", .lessThan, periods.lowerBound.description)
            .groupBy("reason_code")
            .all(decoding: Row.self)
        return Dictionary(uniqueKeysWithValues: rows.filter { $0.people != 0 }.map { (ReasonCode(rawValue: $0.reason_code), $0.people) })
    }

    /// The reason occurrence rows of these groups.
    func reasonOccurrences(scopes: [UUID]) async throws -> [UUID: ReasonOccurrences] {
        var occurrences: [UUID: ReasonOccurrences] = [:]
        for chunk in scopes.chunked(into: 500) {
            let rows = try await sql.select().columns("*").from(Self.reasonOccurrenceTable).where("scope_id", .in, Array(chunk)).all()
            for row in rows {
                let occurrence = try StoredWeekTally.reasonOccurrence(from: row)
                occurrences[occurrence.scope, default: .empty].add(occurrence.value.occurrence, count: occurrence.value.count)
            }
        }
        return occurrences
    }

    func storedContributions(of people: [UUID]) async throws -> [UUID: PersonContribution] {
        let rollups = try await rollups(scopes: people, weeks: nil)
        let reasons = try await reasonRows(scopes: people, periods: nil)
        let deals = try await dealFacts(scopes: people)
        let occurrences = try await reasonOccurrences(scopes: people)
        var contributions: [UUID: PersonContribution] = [:]
        for person in Set(rollups.keys).union(reasons.keys).union(deals.keys).union(occurrences.keys) {
            contributions[person] = PersonContribution(
                rollup: rollups[person] ?? .empty, reasons: reasons[person] ?? [:],
                reasonOccurrences: occurrences[person] ?? .empty, deals: deals[person] ?? .empty)
        }
        return contributions
    }

    /// The deal rollups of these groups, optionally only some kinds of count.
    func dealFacts(scopes: [UUID], kinds: [DealFactKey.Kind]? = nil) async throws -> [UUID: DealFacts] {
        var facts: [UUID: DealFacts] = [:]
        for chunk in scopes.chunked(into: 500) {
            var query = sql.select().columns("*").from(Self.dealTable).where("scope_id", .in, Array(chunk))
            if let kinds { query = query.where("kind", .in, kinds.map(\.rawValue)) }
            for row in try await query.all() {
                let fact = try StoredWeekTally.dealFact(from: row)
                facts[fact.scope, default: .empty].add(fact.value.key, count: fact.value.count)
            }
        }
        return facts
    }

    /// The counts the momentum analysis reads — stays and conversion by stage — of one group,
    /// summed by the database over the months of first entry into the stage (all when `nil`),
    /// as month-less keys; and the stages the group's stays were seen in at any month, which
    /// the time-in-stage table lists. A few hundred rows come back where the group's rollup
    /// holds thousands.
    func momentumFacts(scope: UUID, months: ClosedRange<CalendarMonth>?) async throws -> (facts: DealFacts, stagesWithStays: Set<DealStage>) {
        struct Row: Decodable {
            var kind: String
            var stage: String
            var days: Int
            var count: Int
        }
        let kinds: [DealFactKey.Kind] = [.completedStay, .currentStay, .entered, .advanced, .lostHere, .openHere]
        var query = sql.select().column("kind").column("stage").column("days")
            // PostgreSQL sums BIGINT as NUMERIC.
            .column(SQLRaw(#"CAST(SUM("count") AS BIGINT)"#), as: "count")
            .from(Self.dealTable).where("scope_id", .equal, scope).where("kind", .in, kinds.map(\.rawValue))
        // Month-less rows are stored with "", which sorts before every month.
        if let months { query = query.where("month", .greaterThanOrEqual, months.lowerBound.description).where("month", .lessThanOrEqual, months.upperBound.description) }
        var facts = DealFacts()
        for row in try await query.groupBy("kind").groupBy("stage").groupBy("days").all(decoding: Row.self) {
            guard let kind = DealFactKey.Kind(rawValue: row.kind) else { throw CorruptRecord("kind \(row.kind) in \(Self.dealTable)") }
            facts.add(DealFactKey(kind, stage: row.stage.isEmpty ? nil : DealStage(row.stage), days: row.days < 0 ? nil : row.days), count: row.count)
        }
        struct StageRow: Decodable { var stage: String }
        let seen = try await sql.select().distinct().column("stage").from(Self.dealTable)
            .where("scope_id", .equal, scope).where("kind", .in, [DealFactKey.Kind.completedStay, .currentStay].map(\.rawValue))
            .where("count", .greaterThan, 0).all(decoding: StageRow.self)
        return (facts, Set(seen.map { DealStage($0.stage) }))
    }

    /// One stall bar: the `percentile` of a group's won deals' completed days in a stage, and
    /// how many such stays it rests on.
    public struct WonStayPercentile: Hashable, Sendable {
        public var scope: UUID
        public var stage: DealStage
        public var wonDeals: Int
        public var days: Double
    }

    /// The stall bars of these groups, each computed by the database from the group's won-stay
    /// histogram: one row per group and stage comes back, where reading the histograms of every
    /// team of a large organization would be hundreds of thousands of rows.
    ///
    /// The same rule as ``Percentile/linear(_:of:)`` (definition 7) over the histogram expanded
    /// into its values: with n values and h = (n − 1)·p, the values at ranks ⌊h⌋ and ⌊h⌋ + 1 are
    /// the smallest days whose running count exceeds the rank. `p` is taken to 1/10,000 — ⌊h⌋ is
    /// integer arithmetic in the database — which is finer than any percentile a policy states.
    public func wonStayPercentiles(scopes: [UUID], percentile p: Double) async throws -> [WonStayPercentile] {
        struct Row: Decodable {
            var scope_id: UUID
            var stage: String
            var n: Int
            var lower_rank: Int
            var lower_days: Int
            var upper_days: Int?
        }
        let tenThousandths = Int((min(max(p, 0), 1) * 10_000).rounded())
        var bars: [WonStayPercentile] = []
        for chunk in Array(Set(scopes)).chunked(into: 500) {
            let rows = try await sql.raw("""
                WITH histogram AS (
                  SELECT scope_id, stage, days,
                    CAST(SUM("count") OVER (PARTITION BY scope_id, stage ORDER BY days) AS BIGINT) AS upto,
                    CAST(SUM("count") OVER (PARTITION BY scope_id, stage) AS BIGINT) AS n
                  FROM \(ident: Self.dealTable)
                  WHERE kind = \(bind: DealFactKey.Kind.wonStay.rawValue) AND "count" > 0 AND scope_id IN (\(binds: Array(chunk)))
                ), ranked AS (
                  SELECT scope_id, stage, days, upto, n, ((n - 1) * \(literal: tenThousandths)) / 10000 AS lower_rank FROM histogram
                )
                SELECT scope_id, stage, n, lower_rank,
                  MIN(CASE WHEN upto > lower_rank THEN days END) AS lower_days,
                  MIN(CASE WHEN upto > lower_rank + 1 THEN days END) AS upper_days
                FROM ranked GROUP BY scope_id, stage, n, lower_rank
                """).all(decoding: Row.self)
            for row in rows {
                let h = Double((row.n - 1) * tenThousandths) / 10_000
                let lower = Double(row.lower_days)
                let days = row.upper_days.map { lower + (h - Double(row.lower_rank)) * (Double($0) - lower) } ?? lower
                bars.append(WonStayPercentile(scope: row.scope_id, stage: DealStage(row.stage), wonDeals: row.n, days: days))
            }
        }
        return bars
    }
}
