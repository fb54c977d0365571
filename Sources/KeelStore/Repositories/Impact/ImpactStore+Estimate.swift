import FluentKit
import Foundation
import SalesDomain
import SQLKit

extension ImpactStore {
    /// One intervention's estimate (an id from ``Intervention/id``) or one group's
    /// (``ImpactGroup/id``), when the viewer may read every treated seller (otherwise not found),
    /// with the seller-weeks behind it; comparison sellers the viewer may not read are named by
    /// their place only.
    ///
    /// - Parameters:
    ///   - weeks: each window's length (``ImpactWindows/allowedWeeks``, field `weeks`).
    ///   - comparison: sellers to compare with instead of the comparable sellers Keel chooses;
    ///     never a treated seller (field `comparison`).
    public func estimate(
        _ id: String, weeks: Int = ImpactWindows.defaultWeeks, comparison: [Person.ID]? = nil, asOf: Date, for policy: AccessPolicy
    ) async throws -> ImpactEstimateScreen {
        let (treated, _, onTarget) = try await readable(id, for: policy)
        let (estimate, outcomes) = try await estimateAndOutcomes(
            of: treated, weeks: weeks, comparison: comparison, asOf: asOf, all: onTarget, outcomes: try await outcomes(for: treated[0].target))
        // Keel's own choice of comparison sellers is of the organization's sellers: a viewer who
        // reads the whole organization reads them all, and reading hundreds of people only to
        // confirm it was a tenth of an estimate at 10,000 sellers.
        let compared = estimate.comparison.map(\.sellerID)
        let readable = (comparison == nil && policy.readsImpactOfWholeOrganization
            ? Set(compared) : Set(try await directory.people(ids: compared).filter(policy.canReadImpact(of:)).map(\.id)))
            .union(treated.map(\.sellerID))
        let export = ImpactExport(
            id: id, channel: treated[0].channel, sellerIDs: treated.map(\.sellerID), estimate: estimate, identifies: readable.contains)
        return ImpactEstimateScreen(id: id, estimate: estimate, export: export, targetNames: try await targetNames(), outcomes: outcomes)
    }

    /// The interventions behind an id and their sellers, checked against the policy, and — for a
    /// group's id — every intervention on the same target (an intervention's and a group's id
    /// both name it second). An intervention's id names its seller third, so only that seller's
    /// interventions are read: every one on the target was a quarter of an estimate at 10,000
    /// sellers.
    func readable(_ id: String, for policy: AccessPolicy) async throws -> (interventions: [Intervention], sellers: [Person], onTarget: [Intervention]?) {
        let parts = id.split(separator: "~")
        guard parts.count == 3, let target = Intervention.Target(reference: String(parts[1])) else {
            throw AccessRefused(.notFound, entity: "intervention", field: "id")
        }
        var treated: [Intervention] = []
        var onTarget: [Intervention]?
        if let seller = UUID(uuidString: String(parts[2])) {
            treated = try await interventions(on: target, of: [Person.ID(seller)]).filter { $0.id == id }
        } else {
            let all = try await interventions(on: target)
            treated = ImpactGroup.groups(of: all, calendar: calendar).first { $0.id == id }?.interventions ?? []
            onTarget = all
        }
        let sellers = try await directory.people(ids: treated.map(\.sellerID))
        guard !treated.isEmpty, policy.canReadImpact(ofAll: sellers) else {
            throw AccessRefused(.notFound, entity: "intervention", field: "id")
        }
        return (treated, sellers, onTarget)
    }

    /// `all` is every intervention on the target (or of the organization) when the caller has
    /// read them already; otherwise only the candidates' are read.
    func estimate(
        of treated: [Intervention], weeks: Int, comparison explicit: [Person.ID]?, asOf: Date, all: [Intervention]? = nil
    ) async throws -> ImpactEstimate {
        try await estimateAndOutcomes(of: treated, weeks: weeks, comparison: explicit, asOf: asOf, all: all).estimate
    }

    /// The estimate, with the comparison sellers chosen or given, and the estimates of `outcomes`
    /// for the same sellers, windows and comparison (their deals read once).
    func estimateAndOutcomes(
        of treated: [Intervention], weeks: Int, comparison explicit: [Person.ID]?, asOf: Date, all: [Intervention]? = nil,
        outcomes: [ImpactKPI] = []
    ) async throws -> (estimate: ImpactEstimate, outcomes: [ImpactEstimate]) {
        let target = treated[0].target
        let first = treated.map(\.startedAt).min()!
        var problems = FieldErrors.Collector()
        var anchor: ImpactWindows?
        do {
            anchor = try ImpactWindows(start: first, weeks: weeks, now: asOf, calendar: calendar)
        } catch {
            for problem in error.errors { problems.append(problem) }
        }
        if let explicit {
            problems.check { () throws(FieldError) in try ImpactComparisonGroup.check(explicit, treated: treated.map(\.sellerID)) }
        }
        try problems.throwIfAny()
        guard let anchor else { preconditionFailure("windows checked above") }
        let thisWeek = calendar.week(containing: asOf)
        // A group's later starters are measured over their own windows; one starting after `asOf` has no after-weeks and is left out.
        let windows = treated.map { intervention in
            (seller: intervention.sellerID,
             windows: ImpactWindows(startWeek: calendar.week(containing: intervention.startedAt), weeks: weeks, thisWeek: thisWeek))
        }
        let span = anchor.before.lowerBound...(windows.map(\.windows.after.upperBound).max() ?? anchor.after.upperBound)
        let comparison: [Person.ID]
        if let explicit {
            comparison = explicit
        } else {
            let treatedPeople = try await directory.people(ids: treated.map(\.sellerID)).map(ImpactComparisonGroup.Candidate.init)
            let candidates = try await candidates(like: treatedPeople)
            // Only a candidate's interventions can keep them out of the group.
            var touching = all ?? []
            if all == nil { touching = try await interventions(on: target, of: Set(candidates.map(\.id))) }
            comparison = ImpactComparisonGroup.choose(
                treated: treatedPeople, candidates: candidates, interventions: touching, target: target, span: span, calendar: calendar)
        }
        let sellers = treated.map(\.sellerID) + comparison
        let kpi = try await kpi(for: target)
        let rows = try await kpi.asyncMap { try await weeklyRows(of: sellers, kpi: $0, weeks: span) } ?? []
        func estimate(_ kpi: ImpactKPI?, rows: [ImpactSellerWeek]) -> ImpactEstimate {
            ImpactEstimator().estimate(target: target, kpi: kpi, treated: windows, comparison: comparison, comparisonWindows: anchor, weeks: rows)
        }
        guard !outcomes.isEmpty else { return (estimate(kpi, rows: rows), []) }
        // The deals closed in the span are among those whose fate in a stage was decided in it:
        // with stage conversion traced, one read serves every outcome.
        let histories = outcomes.contains { $0.kind == .stageConversion } ? try await decidedHistories(of: sellers, weeks: span) : []
        let closedIn = calendar.dateRange(of: span)
        let deals = histories.isEmpty
            ? try await closedDeals(of: sellers, weeks: span)
            : histories.map(\.deal).filter { deal in deal.closedAt.map(closedIn.contains) ?? false }
        var traced: [ImpactEstimate] = []
        for outcome in outcomes {
            if outcome.kind == .stageConversion {
                let pipeline = try await OrganizationSettings(database: database, organizationID: organizationID).dealPipeline()
                traced.append(estimate(outcome, rows: ImpactStageConversionWeeks.rows(
                    sellers: sellers, histories: histories, stages: outcome.stages, pipeline: pipeline, weeks: span, calendar: calendar)))
            } else {
                traced.append(estimate(outcome, rows: ImpactOutcomeWeeks.rows(
                    of: outcome.kind, sellers: sellers, deals: deals, weeks: span, thisWeek: thisWeek, calendar: calendar)))
            }
        }
        return (estimate(kpi, rows: rows), traced)
    }

    /// Active sellers sharing a job role and a market with one of `treated`, read as the three
    /// columns the choice needs: at 10,000 sellers a market's sellers of one role are hundreds,
    /// and decoding them as whole people was a tenth of an estimate.
    func candidates(like treated: [ImpactComparisonGroup.Candidate]) async throws -> [ImpactComparisonGroup.Candidate] {
        struct Row: Decodable {
            var id: UUID
            var job_role: String
            var market_id: UUID
        }
        let roles = Set(treated.map(\.jobRole.rawValue))
        let markets = Set(treated.compactMap(\.marketID?.rawValue))
        guard !markets.isEmpty else { return [] }
        let rows = try await sql.select().column("id").column("job_role").column("market_id")
            .from(PersonModel.schema)
            .where("organization_id", .equal, organizationID.rawValue).where("is_active", .equal, true)
            .where("job_role", .in, Array(roles)).where("market_id", .in, Array(markets))
            .all(decoding: Row.self)
        return try rows.map { row in
            guard let role = JobRole(rawValue: row.job_role) else { throw CorruptRecord("job role \(row.job_role) in \(PersonModel.schema)") }
            return ImpactComparisonGroup.Candidate(id: Person.ID(row.id), jobRole: role, marketID: Market.ID(row.market_id))
        }
    }

    /// The KPI an intervention on `target` is meant to move (see ``ImpactKPI/kpis(for:areaKey:signals:)``).
    func kpi(for target: Intervention.Target) async throws -> ImpactKPI? {
        guard case .competency = target else { return ImpactKPI.kpis(for: target, areaKey: nil, signals: DiagnosisSignalMap(unchecked: [])).first }
        guard let (areaKey, signals) = try await areaSignals(for: target) else { return nil }
        return ImpactKPI.kpis(for: target, areaKey: areaKey, signals: signals).first
    }

    /// The outcomes an estimate on `target` is traced on (see ``ImpactKPI/outcomes(for:areaKey:signals:)``).
    func outcomes(for target: Intervention.Target) async throws -> [ImpactKPI] {
        guard let (areaKey, signals) = try await areaSignals(for: target) else { return ImpactKPI.outcomes }
        return ImpactKPI.outcomes(for: target, areaKey: areaKey, signals: signals)
    }

    /// The coaching framework's signal map, and the area of the target's competency; `nil`
    /// without a coaching framework.
    private func areaSignals(for target: Intervention.Target) async throws -> (areaKey: String?, signals: DiagnosisSignalMap)? {
        guard let framework = try await coaching.coachingFramework() else { return nil }
        var areaKey: String?
        if case .competency(let id) = target {
            areaKey = framework.areas.first { $0.competencies.contains { $0.id == id } }?.key
        }
        return (areaKey, try await diagnosis.signalMap(for: framework))
    }

    /// Each person's weekly counts for the KPI, summed over its activity types by the database:
    /// rows of their own person scope in the execution rollups, never their activities. Decoding
    /// a row per activity type was the largest part of an estimate's reads at 10,000 sellers; the
    /// sellers' ids and the span's weeks repeat over the rows and are parsed once each.
    func weeklyRows(of people: [Person.ID], kpi: ImpactKPI, weeks: ClosedRange<ISOWeek>) async throws -> [ImpactSellerWeek] {
        var rows: [ImpactSellerWeek] = []
        var sellers = RepeatedUUIDs()
        var parsedWeeks: [String: ISOWeek] = [:]
        for chunk in Array(Set(people)).chunked(into: 500) {
            for sum in try await weeklyRowsQuery(of: chunk.map(\.rawValue), activityTypes: kpi.activityTypes, weeks: weeks).all() {
                // A span's few weeks repeat over every seller's rows: each is parsed once.
                let text = try sum.decode(column: "week", as: String.self)
                guard let week = parsedWeeks[text] ?? ISOWeek(text) else { throw CorruptRecord("week \(text) in \(ExecutionRollups.weekTable)") }
                parsedWeeks[text] = week
                rows.append(ImpactSellerWeek(
                    sellerID: Person.ID(try sellers.decode(column: "scope_id", of: sum)), week: week,
                    numerator: Double(try sum.decode(column: "on_time", as: Int.self)), denominator: Double(try sum.decode(column: "planned", as: Int.self))))
            }
        }
        return rows
    }

    /// The statement behind ``weeklyRows(of:kpi:weeks:)``, held to its covering index (migration
    /// 029) by `QueryPlanStoreTests`.
    func weeklyRowsQuery(of people: [UUID], activityTypes: [ActivityType], weeks: ClosedRange<ISOWeek>) -> SQLSelectBuilder {
        sql.select().column("scope_id").column("week")
            // PostgreSQL sums BIGINT as NUMERIC.
            .column(SQLRaw(#"CAST(SUM("done_by_planned_week") AS BIGINT)"#), as: "on_time")
            .column(SQLRaw(#"CAST(SUM("planned") AS BIGINT)"#), as: "planned")
            .from(ExecutionRollups.weekTable)
            .where("scope_id", .in, people)
            .where("week", .greaterThanOrEqual, weeks.lowerBound.description).where("week", .lessThanOrEqual, weeks.upperBound.description)
            .where("activity_type", .in, activityTypes.map(\.rawValue))
            .groupBy("scope_id").groupBy("week")
    }

    /// The deals of `people` closed in `weeks`, read as the columns the outcomes use rather than
    /// as whole models: decoding models was a third of an estimate at 10,000 sellers, whose
    /// comparison group may hold hundreds of sellers.
    func closedDeals(of people: [Person.ID], weeks: ClosedRange<ISOWeek>) async throws -> [Deal] {
        let range = calendar.dateRange(of: weeks)
        var deals: [Deal] = []
        var owners = RepeatedUUIDs()
        for chunk in Array(Set(people)).chunked(into: 500) {
            let rows = try await sql.select()
                .columns(DealColumns.names)
                .from(DealModel.schema)
                .where("organization_id", .equal, organizationID.rawValue).where("owner_id", .in, chunk.map(\.rawValue))
                .where("closed_at", .greaterThanOrEqual, range.lowerBound).where("closed_at", .lessThan, range.upperBound)
                .all()
            deals += try rows.map { try DealColumns.deal(from: $0, owners: &owners) }
        }
        return deals
    }

    /// The columns of a deal the outcomes use.
    private enum DealColumns {
        static let names = ["id", "owner_id", "stage", "outcome", "value_cents", "created_at", "engaged_at", "closed_at"]

        /// A deal's owner repeats over the rows of a read (`owners` parses each once).
        static func deal(from row: some SQLRow, owners: inout RepeatedUUIDs) throws -> Deal {
            Deal(
                id: .init(try row.decode(column: "id", as: UUID.self)), ownerID: .init(try owners.decode(column: "owner_id", of: row)),
                stage: DealStage(try row.decode(column: "stage", as: String.self)), value: Cents.value(try row.decode(column: "value_cents", as: Int64.self)),
                createdAt: try row.decode(column: "created_at", as: Date.self), engagedAt: try row.decode(column: "engaged_at", as: Date?.self),
                closedAt: try row.decode(column: "closed_at", as: Date?.self),
                outcome: DealOutcome(rawValue: try row.decode(column: "outcome", as: String.self)) ?? .open)
        }
    }

    /// The deals of `people` whose fate in some stage may have been decided in `weeks` — closed
    /// in them, or entering a stage in them — with their whole stage history, since the entry
    /// into the stage decided may lie before the weeks.
    func decidedHistories(of people: [Person.ID], weeks: ClosedRange<ISOWeek>) async throws -> [DealHistory] {
        struct IDRow: Decodable { var id: UUID }
        let range = calendar.dateRange(of: weeks)
        var deals = try await closedDeals(of: people, weeks: weeks)
        let closed = Set(deals.map(\.id.rawValue))
        for chunk in Array(Set(people)).chunked(into: 500) {
            let moved = try await sql.select().distinct().column(SQLColumn("id", table: DealModel.schema))
                .from(DealModel.schema)
                .join(DealStageTransitionModel.schema, on: SQLColumn("deal_id", table: DealStageTransitionModel.schema), .equal, SQLColumn("id", table: DealModel.schema))
                .where(SQLColumn("organization_id", table: DealModel.schema), .equal, SQLBind(organizationID.rawValue))
                .where(SQLColumn("owner_id", table: DealModel.schema), .in, SQLBind.group(chunk.map(\.rawValue)))
                .where(SQLColumn("entered_at", table: DealStageTransitionModel.schema), .greaterThanOrEqual, SQLBind(range.lowerBound))
                .where(SQLColumn("entered_at", table: DealStageTransitionModel.schema), .lessThan, SQLBind(range.upperBound))
                .all(decoding: IDRow.self)
            let ids = Array(Set(moved.map(\.id)).subtracting(closed))
            var owners = RepeatedUUIDs()
            for idChunk in ids.chunked(into: 500) {
                deals += try await sql.select().columns(DealColumns.names).from(DealModel.schema).where("id", .in, Array(idChunk))
                    .all().map { try DealColumns.deal(from: $0, owners: &owners) }
            }
        }
        struct TransitionRow: Decodable {
            var deal_id: UUID
            var stage: String
            var entered_at: Date
        }
        var transitions: [UUID: [StageTransition]] = [:]
        for chunk in deals.map(\.id.rawValue).chunked(into: 500) {
            // Columns, not models: a comparison group's deals have thousands of transitions.
            let rows = try await sql.select().columns("deal_id", "stage", "entered_at").from(DealStageTransitionModel.schema)
                .where("deal_id", .in, Array(chunk)).where("entered_at", .lessThan, range.upperBound)
                .all(decoding: TransitionRow.self)
            for row in rows {
                transitions[row.deal_id, default: []].append(StageTransition(dealID: .init(row.deal_id), stage: DealStage(row.stage), enteredAt: row.entered_at))
            }
        }
        return deals.map { DealHistory(deal: $0, transitions: transitions[$0.id.rawValue] ?? []) }
    }
}
