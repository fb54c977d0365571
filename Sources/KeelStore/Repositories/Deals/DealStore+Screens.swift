import FluentKit
import Foundation
import SalesDomain
import SQLKit

/// The deal screens as a viewer asks for them: the list (``DealListQuery``) and one deal
/// (``DealScreen``), each answered for an access policy (``AccessPolicy/canReadDeal(ownedBy:)``)
/// once, for the page and the API alike.
extension DealStore {
    private var sql: any SQLDatabase { database as! any SQLDatabase }
    private var directory: Directory { Directory(database: database, organizationID: organizationID) }

    /// The deals the viewer may see that match the query: how many, and the page of them.
    /// An owner the viewer may not read is refused as not found.
    public func list(_ query: DealListQuery, for policy: AccessPolicy, calendar: WeekCalendar) async throws -> DealList {
        if let owner = query.owner {
            guard let person = try await directory.person(owner) else { throw AccessRefused(.notFound, entity: "person", field: "owner") }
            let decision = policy.readDeal(ownedBy: person)
            guard decision == .allowed else { throw AccessRefused(decision, entity: "person", field: "owner") }
        }
        let today = calendar.localDayNumber(of: query.asOf)
        let matching = DealListSQL(organizationID: organizationID.rawValue, query: query, policy: policy, today: today)

        struct Count: Decodable { var matching: Int }
        let total = try await sql.raw("SELECT COUNT(*) AS matching \(matching.matching)").first(decoding: Count.self)?.matching ?? 0

        struct Row: Decodable {
            var id: UUID
            var external_id: String
            var title: String?
            var account_id: UUID?
            var account_name: String?
            var owner_id: UUID
            var owner_name: String
            var stage: String
            var outcome: String
            var value_cents: Int64
            var created_at: Date
            var engaged_at: Date?
            var closed_at: Date?
            var stage_entered_day: Int?
            var stall_bar_days: Double?
            var stall_basis: String?
        }
        let rows = try await sql.raw("""
            SELECT d.id AS id, d.external_id AS external_id, d.title AS title, d.account_id AS account_id, a.name AS account_name,
              d.owner_id AS owner_id, p.name AS owner_name, d.stage AS stage, d.outcome AS outcome, d.value_cents AS value_cents,
              d.created_at AS created_at, d.engaged_at AS engaged_at, d.closed_at AS closed_at,
              d.stage_entered_day AS stage_entered_day, d.stall_bar_days AS stall_bar_days, d.stall_basis AS stall_basis
            \(matching.from)
            ORDER BY \(matching.order)
            LIMIT \(bind: max(query.limit, 0)) OFFSET \(bind: max(query.offset, 0))
            """).all(decoding: Row.self)

        let entries = rows.map { row in
            let outcome = DealOutcome(rawValue: row.outcome) ?? .open
            let deal = Deal(
                id: .init(row.id), ownerID: .init(row.owner_id), accountID: row.account_id.map(Account.ID.init), stage: DealStage(row.stage),
                value: Cents.value(row.value_cents), createdAt: row.created_at, engagedAt: row.engaged_at, closedAt: row.closed_at,
                outcome: outcome, externalID: row.external_id)
            // Only an open deal's stall columns are kept (``StallBars/judgeOpenDeals()``).
            let stall = outcome == .open ? row.stage_entered_day.map {
                DealStall(daysInStage: today - $0, barDays: row.stall_bar_days, basis: row.stall_basis.flatMap(StallThresholds.Basis.init))
            } : nil
            return DealList.Entry(
                deal: deal, label: DealLabel(title: row.title, externalID: row.external_id, accountName: row.account_name),
                ownerName: row.owner_name, stall: stall)
        }
        return DealList(query: query, total: total, entries: entries)
    }

    /// One deal the viewer may see, with its stage history, stall judgement and the owner's
    /// activities on it; a deal of another organization or outside the viewer's reach is
    /// refused as not found.
    public func screen(_ id: Deal.ID, for policy: AccessPolicy, asOf: Date, calendar: WeekCalendar) async throws -> DealScreen {
        guard let model = try await DealModel.query(on: database)
            .filter(\.$organizationID == organizationID.rawValue).filter(\.$id == id.rawValue).first(),
            let owner = try await directory.person(Person.ID(model.ownerID))
        else { throw AccessRefused(.notFound, entity: "deal", field: "dealID") }
        let decision = policy.readDeal(ownedBy: owner)
        guard decision == .allowed else { throw AccessRefused(decision, entity: "deal", field: "dealID") }

        let transitions = try await DealStageTransitionModel.query(on: database)
            .filter(\.$organizationID == organizationID.rawValue).filter(\.$dealID == id.rawValue).sort(\.$enteredAt).all().map(\.domain)
        let history = DealHistory(deal: model.domain, transitions: transitions)

        struct Bar: Decodable {
            var stall_bar_days: Double?
            var stall_basis: String?
        }
        let bar = try await sql.raw("SELECT stall_bar_days, stall_basis FROM deals WHERE id = \(bind: id.rawValue)").first(decoding: Bar.self)
        let stall = history.currentStay.map {
            DealStall(daysInStage: $0.days(asOf: asOf, calendar: calendar), barDays: bar?.stall_bar_days,
                      basis: bar?.stall_basis.flatMap(StallThresholds.Basis.init))
        }

        let accountName = try await model.accountID.asyncMap { try await AccountModel.find($0, on: database)?.name } ?? nil
        let productName = try await model.productID.asyncMap { try await ProductModel.find($0, on: database)?.name } ?? nil
        let (activities, activityTotal) = try await activities(on: model, asOf: asOf, calendar: calendar)
        return DealScreen(
            deal: history.deal, label: DealLabel(title: model.title, externalID: model.externalID, accountName: accountName),
            productName: productName, owner: owner, stages: history.stageSteps(asOf: asOf, calendar: calendar), stall: stall,
            activities: activities, activityTotal: activityTotal, asOf: asOf, close: history.close,
            salesCycle: history.deal.salesCycle(calendar: calendar))
    }

    /// The owner's activities on the deal, or on its account without naming a deal while the
    /// deal was open (from its creation to its close) — a CRM often ties a call to the customer
    /// rather than the opportunity, and the account's older work was for earlier deals — newest
    /// first. Other people's activities are theirs to show, not the deal's.
    private func activities(on deal: DealModel, asOf: Date, calendar: WeekCalendar) async throws -> ([DealActivity], Int) {
        func matching() -> QueryBuilder<ActivityModel> {
            ActivityModel.query(on: database)
                .filter(\.$organizationID == organizationID.rawValue).filter(\.$ownerID == deal.ownerID)
                .group(.or) { either in
                    either.filter(\.$dealID == deal.id)
                    if let account = deal.accountID {
                        either.group(.and) { accountOnly in
                            accountOnly.filter(\.$dealID == nil).filter(\.$accountID == account).filter(\.$plannedAt >= deal.createdAt)
                            if let closedAt = deal.closedAt { accountOnly.filter(\.$plannedAt <= closedAt) }
                        }
                    }
                }
        }
        let total = try await matching().count()
        let models = try await matching().sort(\.$plannedAt, .descending).sort(\.$id).limit(DealScreen.activityLimit).all()
        let ids = models.compactMap(\.id)
        var moves: [UUID: Int] = [:]
        if !ids.isEmpty {
            for postponement in try await PostponementModel.query(on: database)
                .filter(\.$organizationID == organizationID.rawValue).filter(\.$activityID ~~ ids).all() {
                moves[postponement.activityID, default: 0] += 1
            }
        }
        return (models.map { DealActivity(activity: $0.domain, postponements: moves[$0.id!] ?? 0, asOf: asOf, calendar: calendar) }, total)
    }

    /// What these deals are called and whose account they are, for a list of deals.
    public func labels(of ids: [Deal.ID]) async throws -> [Deal.ID: DealLabel] {
        struct Row: Decodable {
            var id: UUID
            var external_id: String
            var title: String?
            var account_name: String?
        }
        var labels: [Deal.ID: DealLabel] = [:]
        for chunk in ids.chunked(into: 500) {
            let rows = try await sql.raw("""
                SELECT d.id AS id, d.external_id AS external_id, d.title AS title, a.name AS account_name
                FROM deals d LEFT JOIN accounts a ON a.id = d.account_id
                WHERE d.organization_id = \(bind: organizationID.rawValue) AND d.id IN (\(binds: chunk.map(\.rawValue)))
                """).all(decoding: Row.self)
            for row in rows {
                labels[Deal.ID(row.id)] = DealLabel(title: row.title, externalID: row.external_id, accountName: row.account_name)
            }
        }
        return labels
    }
}

/// The SQL that picks the deals a ``DealListQuery`` asks for among those the policy reaches.
private struct DealListSQL {
    let organizationID: UUID
    let query: DealListQuery
    let policy: AccessPolicy
    /// Today as a local day number (`WeekCalendar.localDayNumber`).
    let today: Int

    private var daysOver: SQLQueryString { "(\(bind: today) - d.stage_entered_day) - d.stall_bar_days" }

    /// Whose deals the viewer reaches: the owners ``AccessPolicy/canRead(_:)-(Person)`` allows,
    /// by the owner's current team or market — and always the viewer's own. Written as the
    /// owners' ids, read from the people's own indexes, so the deals are found by owner rather
    /// than by reading every deal of the organization.
    private var reach: SQLQueryString {
        let viewer = policy.viewer.personID.rawValue
        let people: SQLQueryString = "SELECT id FROM people WHERE organization_id = \(bind: organizationID)"
        switch policy.scope {
        case .organization:
            return ""
        case .markets(let markets) where !markets.isEmpty:
            return " AND d.owner_id IN (\(people) AND market_id IN (\(binds: markets.map(\.rawValue))) UNION SELECT \(bind: viewer))"
        case .teams(let teams) where !teams.isEmpty:
            return " AND d.owner_id IN (\(people) AND team_id IN (\(binds: teams.map(\.rawValue))) UNION SELECT \(bind: viewer))"
        case .markets, .teams, .ownRecordsOnly:
            return " AND d.owner_id = \(bind: viewer)"
        }
    }

    /// What the query asks beyond reach: owner, stage, outcome, stalled only.
    private var filters: SQLQueryString {
        var filters: SQLQueryString = ""
        if let owner = query.owner { filters = filters + " AND d.owner_id = \(bind: owner.rawValue)" }
        if let stage = query.stage { filters = filters + " AND d.stage = \(bind: stage.rawValue)" }
        if let outcome = query.outcome { filters = filters + " AND d.outcome = \(bind: outcome.rawValue)" }
        if query.stalledOnly {
            filters = filters + " AND d.outcome = \(literal: DealOutcome.open.rawValue) AND \(daysOver) > 0"
        }
        return filters
    }

    /// The matching deals, without the names a page shows: what the total counts.
    var matching: SQLQueryString {
        "FROM deals d WHERE d.organization_id = \(bind: organizationID)\(reach)\(filters)"
    }

    /// The same deals with their owner's and account's names.
    var from: SQLQueryString {
        """
        FROM deals d JOIN people p ON p.id = d.owner_id LEFT JOIN accounts a ON a.id = d.account_id
        WHERE d.organization_id = \(bind: organizationID)\(reach)\(filters)
        """
    }

    /// Stalled deals most days over first, as the execution page lists them; otherwise newest first.
    var order: SQLQueryString {
        query.stalledOnly ? "\(daysOver) DESC, d.id" : "d.created_at DESC, d.id"
    }
}
