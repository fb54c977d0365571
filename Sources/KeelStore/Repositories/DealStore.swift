import FluentKit
import Foundation
import SalesDomain
import SQLKit

/// An organization's deals and their stage history, as domain values.
public struct DealStore: Sendable {
    public let database: any Database
    public let organizationID: Organization.ID

    public init(database: any Database, organizationID: Organization.ID) {
        self.database = database
        self.organizationID = organizationID
    }

    public func deals() async throws -> [Deal] {
        try await DealModel.query(on: database).filter(\.$organizationID == organizationID.rawValue).all().map(\.domain)
    }

    public func transitions() async throws -> [StageTransition] {
        try await DealStageTransitionModel.query(on: database)
            .filter(\.$organizationID == organizationID.rawValue)
            .sort(\.$enteredAt).all().map(\.domain)
    }

    /// Every deal with its stage transitions in order.
    public func histories() async throws -> [DealHistory] {
        DealHistory.histories(deals: try await deals(), transitions: try await transitions())
    }

    /// The open deals the stall analysis judges, with their owners' teams.
    public struct OpenDeals: Sendable {
        public var stays: [OpenDealStay]
        public var teamByOwner: [Person.ID: Team.ID]
    }

    /// Each open deal's current stay — the stage of its latest transition and when it entered
    /// it — and its owner's team, of these owners or (with `nil`) everyone's: read as one plain
    /// row per deal instead of whole histories and people.
    public func openDealStays(ownedBy owners: [Person.ID]?) async throws -> OpenDeals {
        struct Row: Decodable {
            var deal_id: UUID
            var owner_id: UUID
            var owner_team_id: UUID?
            var value_cents: Int
            var stage: String?
            var entered_at: Date?
        }
        let sql = database as! any SQLDatabase
        func rows(_ ownerFilter: SQLQueryString) async throws -> [Row] {
            try await sql.raw("""
                SELECT d.id AS deal_id, d.owner_id AS owner_id, p.team_id AS owner_team_id, d.value_cents AS value_cents,
                  t.stage AS stage, t.entered_at AS entered_at
                FROM deals d
                LEFT JOIN people p ON p.id = d.owner_id
                LEFT JOIN deal_stage_transitions t ON t.deal_id = d.id
                  AND t.entered_at = (SELECT MAX(latest.entered_at) FROM deal_stage_transitions latest WHERE latest.deal_id = d.id)
                WHERE d.organization_id = \(bind: organizationID.rawValue) AND d.outcome = \(bind: DealOutcome.open.rawValue)\(ownerFilter)
                """).all(decoding: Row.self)
        }
        var found: [Row] = []
        if let owners {
            for chunk in owners.chunked(into: 500) {
                found += try await rows(" AND d.owner_id IN (\(binds: chunk.map(\.rawValue)))")
            }
        } else {
            found = try await rows("")
        }
        var stays: [UUID: OpenDealStay] = [:]
        var teamByOwner: [Person.ID: Team.ID] = [:]
        for row in found where stays[row.deal_id] == nil {
            var stay: StageStay?
            if let stage = row.stage, let enteredAt = row.entered_at {
                stay = StageStay(dealID: .init(row.deal_id), stage: DealStage(stage), enteredAt: enteredAt, leftAt: nil)
            }
            stays[row.deal_id] = OpenDealStay(
                dealID: .init(row.deal_id), ownerID: .init(row.owner_id), value: Decimal(row.value_cents) / 100, currentStay: stay)
            if let team = row.owner_team_id { teamByOwner[Person.ID(row.owner_id)] = Team.ID(team) }
        }
        return OpenDeals(stays: Array(stays.values), teamByOwner: teamByOwner)
    }

    private func withTransitions(_ deals: [Deal]) async throws -> [DealHistory] {
        var transitions: [StageTransition] = []
        for chunk in deals.map(\.id.rawValue).chunked(into: 500) {
            transitions += try await DealStageTransitionModel.query(on: database)
                .filter(\.$dealID ~~ Array(chunk)).sort(\.$enteredAt).all().map(\.domain)
        }
        return DealHistory.histories(deals: deals, transitions: transitions)
    }

    /// The deals these people own, with their stage transitions in order.
    public func histories(ownedBy owners: some Collection<Person.ID>) async throws -> [DealHistory] {
        var deals: [Deal] = []
        for chunk in Array(owners).chunked(into: 500) {
            deals += try await DealModel.query(on: database).filter(\.$organizationID == organizationID.rawValue)
                .filter(\.$ownerID ~~ chunk.map(\.rawValue)).all().map(\.domain)
        }
        return try await withTransitions(deals)
    }
}
