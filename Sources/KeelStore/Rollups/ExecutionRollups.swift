import FluentKit
import Foundation
import SalesDomain
import SQLKit

/// The execution rollups of one organization: per group (person, team subtree, market,
/// organization) and week, the sums every weekly execution analysis reads, and per group and
/// period the reason counts.
///
/// Maintained on write, never rebuilt per request: when people's activities or postponements
/// change, ``refresh(people:)`` recomputes each of those people's contributions from their
/// own rows, and moves every group they belong to by the difference between the stored
/// contribution (their person rows) and the new one, in the caller's transaction. A person's
/// own rows are therefore both their report and the record of what they added to their groups,
/// which is what lets a move to another team subtract them from exactly the right rows.
public struct ExecutionRollups: Sendable {
    static let weekTable = "scope_week_tallies"
    static let loadTable = "scope_load_weeks"
    static let reasonTable = "scope_reason_tallies"
    static let dealTable = "scope_deal_facts"
    static let reasonOccurrenceTable = "scope_reason_occurrences"

    public let database: any Database
    public let organizationID: Organization.ID
    public let calendar: WeekCalendar

    public init(database: any Database, organizationID: Organization.ID, calendar: WeekCalendar = .stockholm) {
        self.database = database
        self.organizationID = organizationID
        self.calendar = calendar
    }

    private var sql: any SQLDatabase { database as! any SQLDatabase }

    // MARK: Maintenance

    /// Recomputes these people's contributions from their stored activities and postponements
    /// and moves their groups' rollups by the difference. Call it in the transaction that
    /// changed the rows, with every owner whose rows changed.
    public func refresh(people: some Collection<Person.ID>) async throws {
        let settings = OrganizationSettings(database: database, organizationID: organizationID)
        let policy = try await settings.pressurePolicy()
        let pipeline = try await settings.dealPipeline()
        let deals = DealStore(database: database, organizationID: organizationID)
        // Bars are recomputed once at the end: a team spans many batches.
        var wonStayScopes: Set<UUID> = []
        for batch in Array(Set(people)).chunked(into: 200) {
            let owners = batch.map(\.rawValue)
            let activities = try await ActivityStore(database: database, organizationID: organizationID).activities(ownedByAnyOf: Array(batch))
            let postponements = try await PostponementModel.query(on: database)
                .filter(\.$organizationID == organizationID.rawValue).filter(\.$ownerID ~~ owners).all().map(\.domain)
            let historiesByOwner = Dictionary(grouping: try await deals.histories(ownedBy: batch), by: \.deal.ownerID)
            let activitiesByOwner = Dictionary(grouping: activities, by: \.ownerID)
            let postponementsByOwner = Dictionary(grouping: postponements, by: \.ownerID)
            var contributions: [Person.ID: PersonContribution] = [:]
            for person in batch {
                contributions[person] = PersonContribution(
                    activities: activitiesByOwner[person] ?? [], postponements: postponementsByOwner[person] ?? [],
                    deals: historiesByOwner[person] ?? [], policy: policy, pipeline: pipeline, calendar: calendar)
            }
            let stored = try await storedContributions(of: contributions.keys.map(\.rawValue))
            wonStayScopes.formUnion(try await apply(try await changes(replacing: contributions, stored: stored)))
        }
        try await stallBars.refresh(scopes: wonStayScopes)
    }

    /// Makes these the weekly activity tallies of people who had no activities or postponements
    /// before the caller's transaction, whose every activity the caller tallied; their reason
    /// tallies and deal facts stay as stored. It spares reading back rows the caller has just
    /// written (a bulk import of a new team's history).
    func replaceActivityTallies(_ tallies: [Person.ID: [WeeklyActivityTally]]) async throws {
        guard !tallies.isEmpty else { return }
        let policy = try await OrganizationSettings(database: database, organizationID: organizationID).pressurePolicy()
        let stored = try await storedContributions(of: tallies.keys.map(\.rawValue))
        var contributions: [Person.ID: PersonContribution] = [:]
        for (person, personTallies) in tallies {
            var contribution = stored[person.rawValue] ?? .empty
            contribution.rollup = ScopeRollup.contribution(of: personTallies, policy: policy)
            contributions[person] = contribution
        }
        try await replace(contributions, stored: stored)
    }

    /// Makes `contributions` the stored contributions of their people, moving every group the
    /// people belong to by the difference.
    public func replace(_ contributions: [Person.ID: PersonContribution]) async throws {
        guard !contributions.isEmpty else { return }
        try await replace(contributions, stored: try await storedContributions(of: contributions.keys.map(\.rawValue)))
    }

    private func replace(_ contributions: [Person.ID: PersonContribution], stored: [UUID: PersonContribution]) async throws {
        guard !contributions.isEmpty else { return }
        try await stallBars.refresh(scopes: try await apply(try await changes(replacing: contributions, stored: stored)))
    }

    private func changes(replacing contributions: [Person.ID: PersonContribution], stored: [UUID: PersonContribution]) async throws -> ScopeChanges {
        let people = contributions.keys.map(\.rawValue)
        let scopes = try await RollupScopes.load(people: people, organizationID: organizationID.rawValue, on: database)
        var changes = ScopeChanges()
        for (person, new) in contributions {
            let old = stored[person.rawValue] ?? .empty
            changes.add(ChangeOfContribution(old: old, new: new), to: scopes.scopes(of: person.rawValue))
        }
        return changes
    }

    private var stallBars: StallBars { StallBars(database: database, organizationID: organizationID) }

    /// The groups whose rollups include `person` or `team` now; take them before a move and
    /// hand them to ``follow(_:from:)`` after it.
    func scopes(of person: Person.ID) async throws -> [UUID] {
        try await RollupScopes.load(people: [person.rawValue], organizationID: organizationID.rawValue, on: database)
            .scopes(of: person.rawValue)
    }

    func scopes(of team: Team.ID) async throws -> [UUID] {
        [team.rawValue] + (try await RollupScopes.load(people: [], organizationID: organizationID.rawValue, on: database)
            .ancestors(ofTeam: team.rawValue))
    }

    /// Moves what a person (or a team's whole subtree) adds to its groups from the groups it
    /// belonged to, `oldScopes`, to the ones it belongs to now; call it after changing the
    /// person's team or market, or the team's parent, in the same transaction.
    func follow(_ person: Person.ID, from oldScopes: [UUID]) async throws {
        try await move(scope: person.rawValue, from: oldScopes, to: try await scopes(of: person))
    }

    func follow(_ team: Team.ID, from oldScopes: [UUID]) async throws {
        try await move(scope: team.rawValue, from: oldScopes, to: try await scopes(of: team))
    }

    private func move(scope: UUID, from oldScopes: [UUID], to newScopes: [UUID]) async throws {
        guard oldScopes != newScopes else { return }
        let stored = try await storedContributions(of: [scope])[scope] ?? .empty
        var changes = ScopeChanges()
        changes.add(ChangeOfContribution(old: stored, new: .empty), to: oldScopes.filter { !newScopes.contains($0) })
        changes.add(ChangeOfContribution(old: .empty, new: stored), to: newScopes.filter { !oldScopes.contains($0) })
        try await stallBars.refresh(scopes: try await apply(changes))
        // The moved people's open deals now answer to their new team's bars, changed or not.
        try await stallBars.judgeOpenDeals()
    }

    /// Throws every rollup row of the organization away and recomputes them from activities
    /// and postponements: for repair, after changing the pressure policy, or after a team moves.
    public func rebuild() async throws {
        // The bars go too: groups left without won deals keep none.
        for table in [Self.weekTable, Self.loadTable, Self.reasonTable, Self.dealTable, Self.reasonOccurrenceTable, StallBars.table] {
            try await sql.delete(from: table).where("organization_id", .equal, organizationID.rawValue).run()
        }
        let owners = try await PersonModel.query(on: database).filter(\.$organizationID == organizationID.rawValue).all(\.$id)
        try await refresh(people: owners.map(Person.ID.init))
    }

    /// Fills the reason occurrences of every group from the people's stored reason rows, for a
    /// database whose other rollups predate them (migration 008); activities are not read.
    func backfillReasonOccurrences() async throws {
        let people = try await PersonModel.query(on: database).filter(\.$organizationID == organizationID.rawValue).all(\.$id)
        for batch in people.chunked(into: 2_000) {
            let reasons = try await reasonRows(scopes: Array(batch), periods: nil)
            let scopes = try await RollupScopes.load(people: batch, organizationID: organizationID.rawValue, on: database)
            var changes: [UUID: ReasonOccurrences] = [:]
            for (person, tallies) in reasons {
                let occurrences = ReasonOccurrences.of(tallies.values)
                for scope in scopes.scopes(of: person) { changes[scope, default: .empty].add(occurrences) }
            }
            try await applyReasonOccurrences(changes)
        }
    }

    // MARK: Reading

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

    private func storedContributions(of people: [UUID]) async throws -> [UUID: PersonContribution] {
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

    // MARK: Writing

    /// Adds the changes to the stored rows; returns the groups whose won deals' stays changed,
    /// whose stall bars are then out of date.
    @discardableResult
    private func apply(_ changes: ScopeChanges) async throws -> Set<UUID> {
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

    private func applyReasonOccurrences(_ changes: [UUID: ReasonOccurrences]) async throws {
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

/// A person's contribution before and after a change.
struct ChangeOfContribution {
    var old: PersonContribution
    var new: PersonContribution
}

/// The differences to add to each group's stored rows, summed over the people changed.
struct ScopeChanges {
    var rollups: [UUID: ScopeRollup] = [:]
    var reasons: [UUID: [ScopeReasonTally.Key: ScopeReasonTally]] = [:]
    var deals: [UUID: DealFacts] = [:]
    var reasonOccurrences: [UUID: ReasonOccurrences] = [:]

    mutating func add(_ change: ChangeOfContribution, to scopes: [UUID]) {
        let rollupDelta = change.old.rollup.change(to: change.new.rollup)
        let dealDelta = change.old.deals.change(to: change.new.deals)
        let occurrenceDelta = change.old.reasonOccurrences.change(to: change.new.reasonOccurrences)
        var reasonDelta: [ScopeReasonTally.Key: ScopeReasonTally] = [:]
        ScopeReasonTally.accumulate(change.new.reasons.values, into: &reasonDelta)
        ScopeReasonTally.accumulate(change.old.reasons.values, into: &reasonDelta, sign: -1)
        for scope in scopes {
            rollups[scope, default: .empty].add(rollupDelta)
            deals[scope, default: .empty].add(dealDelta)
            reasonOccurrences[scope, default: .empty].add(occurrenceDelta)
            ScopeReasonTally.accumulate(reasonDelta.values, into: &reasons[scope, default: [:]])
        }
    }
}
