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
        let readable = Set(try await directory.people(ids: estimate.comparison.map(\.sellerID)).filter(policy.canReadImpact(of:)).map(\.id))
            .union(treated.map(\.sellerID))
        let export = ImpactExport(
            id: id, channel: treated[0].channel, sellerIDs: treated.map(\.sellerID), estimate: estimate, identifies: readable.contains)
        return ImpactEstimateScreen(id: id, estimate: estimate, export: export, targetNames: try await targetNames(), outcomes: outcomes)
    }

    /// The interventions behind an id and their sellers, checked against the policy, and every
    /// intervention on the same target (an intervention's and a group's id both name it second).
    func readable(_ id: String, for policy: AccessPolicy) async throws -> (interventions: [Intervention], sellers: [Person], onTarget: [Intervention]) {
        guard let reference = id.split(separator: "~").dropFirst().first, let target = Intervention.Target(reference: String(reference)) else {
            throw AccessRefused(.notFound, entity: "intervention", field: "id")
        }
        let all = try await interventions(on: target)
        var treated = all.filter { $0.id == id }
        if treated.isEmpty, let group = ImpactGroup.groups(of: all, calendar: calendar).first(where: { $0.id == id }) {
            treated = group.interventions
        }
        let sellers = try await directory.people(ids: treated.map(\.sellerID))
        guard !treated.isEmpty, policy.canReadImpact(ofAll: sellers) else {
            throw AccessRefused(.notFound, entity: "intervention", field: "id")
        }
        return (treated, sellers, all)
    }

    /// `all` is every intervention on the target (or of the organization) when the caller has read them already.
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
            var everyone = all ?? []
            if all == nil { everyone = try await interventions(on: target) }
            comparison = ImpactComparisonGroup.choose(
                treated: treatedPeople, candidates: try await candidates(like: treatedPeople), interventions: everyone,
                target: target, span: span, calendar: calendar)
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

    /// Active sellers sharing a job role and a market with one of `treated`.
    func candidates(like treated: [ImpactComparisonGroup.Candidate]) async throws -> [ImpactComparisonGroup.Candidate] {
        let roles = Set(treated.map(\.jobRole.rawValue))
        let markets = Set(treated.compactMap(\.marketID?.rawValue))
        guard !markets.isEmpty else { return [] }
        let models = try await PersonModel.query(on: database)
            .filter(\.$organizationID == organizationID.rawValue).filter(\.$isActive == true)
            .filter(\.$jobRole ~~ Array(roles)).filter(\.$marketID ~~ Array(markets)).all()
        return models.map { ImpactComparisonGroup.Candidate($0.domain(leaderMarketIDs: [])) }
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

    /// Each person's weekly counts for the KPI, summed over its activity types: rows of their own
    /// person scope in the execution rollups, never their activities.
    func weeklyRows(of people: [Person.ID], kpi: ImpactKPI, weeks: ClosedRange<ISOWeek>) async throws -> [ImpactSellerWeek] {
        struct Row: Decodable {
            var scope_id: UUID
            var week: String
            var done_by_planned_week: Int
            var planned: Int
        }
        struct Key: Hashable {
            var seller: UUID
            var week: String
        }
        var sums: [Key: (onTime: Int, planned: Int)] = [:]
        for chunk in Array(Set(people)).chunked(into: 500) {
            let rows = try await sql.select().column("scope_id").column("week").column("done_by_planned_week").column("planned")
                .from(ExecutionRollups.weekTable)
                .where("scope_id", .in, chunk.map(\.rawValue))
                .where("week", .greaterThanOrEqual, weeks.lowerBound.description).where("week", .lessThanOrEqual, weeks.upperBound.description)
                .where("activity_type", .in, kpi.activityTypes.map(\.rawValue))
                .all(decoding: Row.self)
            for row in rows {
                let key = Key(seller: row.scope_id, week: row.week)
                let old = sums[key] ?? (0, 0)
                sums[key] = (old.onTime + row.done_by_planned_week, old.planned + row.planned)
            }
        }
        return try sums.map { key, sum in
            guard let week = ISOWeek(key.week) else { throw CorruptRecord("week \(key.week) in \(ExecutionRollups.weekTable)") }
            return ImpactSellerWeek(sellerID: Person.ID(key.seller), week: week, numerator: Double(sum.onTime), denominator: Double(sum.planned))
        }
    }

    /// The deals of `people` closed in `weeks`, read as the seven columns the outcomes use rather
    /// than as whole models: decoding models was a third of an estimate at 10,000 sellers, whose
    /// comparison group may hold hundreds of sellers.
    func closedDeals(of people: [Person.ID], weeks: ClosedRange<ISOWeek>) async throws -> [Deal] {
        let range = calendar.dateRange(of: weeks)
        var deals: [Deal] = []
        for chunk in Array(Set(people)).chunked(into: 500) {
            let rows = try await sql.select()
                .columns(DealColumns.names)
                .from(DealModel.schema)
                .where("organization_id", .equal, organizationID.rawValue).where("owner_id", .in, chunk.map(\.rawValue))
                .where("closed_at", .greaterThanOrEqual, range.lowerBound).where("closed_at", .lessThan, range.upperBound)
                .all(decoding: DealColumns.self)
            deals += rows.map(\.deal)
        }
        return deals
    }

    /// The columns of a deal the outcomes use.
    private struct DealColumns: Decodable {
        static let names = ["id", "owner_id", "stage", "outcome", "value_cents", "created_at", "engaged_at", "closed_at"]
        var id: UUID
        var owner_id: UUID
        var stage: String
        var outcome: String
        var value_cents: Int64
        var created_at: Date
        var engaged_at: Date?
        var closed_at: Date?

        var deal: Deal {
            Deal(
                id: .init(id), ownerID: .init(owner_id), stage: DealStage(stage), value: Decimal(value_cents) / 100,
                createdAt: created_at, engagedAt: engaged_at, closedAt: closed_at, outcome: DealOutcome(rawValue: outcome) ?? .open)
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
            for idChunk in ids.chunked(into: 500) {
                deals += try await sql.select().columns(DealColumns.names).from(DealModel.schema).where("id", .in, Array(idChunk))
                    .all(decoding: DealColumns.self).map(\.deal)
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
