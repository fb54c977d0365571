import FluentKit
import Foundation
import SalesDomain

/// Stores the demo organization's goals and wins (``DemoGoalsGenerator``), with targets set from
/// the deals already stored, in one transaction.
public struct GoalSeeding: Sendable {
    public let database: any Database
    public let organizationID: Organization.ID

    public init(database: any Database, organizationID: Organization.ID) {
        self.database = database
        self.organizationID = organizationID
    }

    @discardableResult
    public func storeDemo(for demo: DemoOrganization, now: Date) async throws -> DemoGoalsGenerator.Output {
        let calendar = try await OrganizationSettings(database: database, organizationID: organizationID).calendar()
        let deals = try await DealModel.query(on: database).filter(\.$organizationID == organizationID.rawValue)
            .filter(\.$outcome == DealOutcome.won.rawValue).all().map(\.domain)
        let output = DemoGoalsGenerator.generate(demo, deals: deals, calendar: calendar, today: calendar.day(containing: now), now: now)
        let organizationID = organizationID
        try await database.writeTransaction { database in
            for goal in output.goals {
                try await GoalModel(goal, organizationID: organizationID, at: now).create(on: database)
                if let value = goal.latestValue, let author = goal.createdBy {
                    try await GoalProgressEntryModel(organizationID: organizationID, goal: goal.id, value: value, by: author, at: now).create(on: database)
                }
            }
            for win in output.wins {
                try await WinModel(win, organizationID: organizationID).create(on: database)
            }
        }
        return output
    }
}
