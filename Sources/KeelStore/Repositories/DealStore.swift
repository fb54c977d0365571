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
}
