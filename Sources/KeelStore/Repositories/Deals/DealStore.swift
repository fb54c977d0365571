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
