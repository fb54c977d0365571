import FluentKit
import Foundation
import SalesDomain

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

    /// Open deals with their stage transitions, of these owners or (with `nil`) everyone's:
    /// what the stall analysis judges.
    public func openHistories(ownedBy owners: [Person.ID]?) async throws -> [DealHistory] {
        var deals: [Deal] = []
        let query = { DealModel.query(on: database).filter(\.$organizationID == organizationID.rawValue).filter(\.$outcome == DealOutcome.open.rawValue) }
        if let owners {
            for chunk in owners.chunked(into: 500) { deals += try await query().filter(\.$ownerID ~~ chunk.map(\.rawValue)).all().map(\.domain) }
        } else {
            deals = try await query().all().map(\.domain)
        }
        return try await withTransitions(deals)
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
