import FluentKit
import Foundation
import SalesDomain

/// The demo organization's practice: plans generated eight weeks ago from the diagnosis of
/// then, practised since (``DemoPracticeGenerator``), and refreshed today.
public struct PracticeSeeding: Sendable {
    public let database: any Database
    public let organizationID: Organization.ID

    public init(database: any Database, organizationID: Organization.ID) {
        self.database = database
        self.organizationID = organizationID
    }

    public static let weeksOfPractice = 8

    @discardableResult
    public func storeDemo(for demo: DemoOrganization, seed: UInt64, now: Date) async throws -> (entries: Int, reps: Int) {
        let store = try await PracticeStore.of(database: database, organizationID: organizationID)
        let calendar = store.calendar
        let sellers = demo.people.filter { $0.accessRole == .seller && $0.isActive }.map(\.id)
        let start = calendar.start(of: calendar.day(containing: now).adding(days: -7 * Self.weeksOfPractice)).addingTimeInterval(9 * 3_600)
        try await store.refreshPlans(of: sellers, in: .organization, actor: nil, at: start)

        guard let framework = try await store.framework() else { return (0, 0) }
        let items = Dictionary(try await store.library().map { ($0.id, DemoPracticeGenerator.Item(aimLevel: $0.aimLevel, kind: $0.kind)) }, uniquingKeysWith: { first, _ in first })
        var coachBySeller: [Person.ID: Person.ID] = [:]
        for entry in CoachingRoster(people: demo.people, hierarchy: TeamHierarchy(demo.teams)).entries {
            coachBySeller[entry.sellerID] = entry.coachID
        }
        let generator = DemoPracticeGenerator(
            items: items, coachBySeller: coachBySeller, scale: framework.scale.levels, seed: seed, calendar: calendar, writers: DemoWriters(demo))
        let entries = Dictionary(grouping: try await store.entries(of: sellers, activeOnly: true), by: \.personID)
        let today = calendar.day(containing: now)
        var reps: [PracticeRep] = []
        var practised: [PracticePlanEntry] = []
        for seller in sellers {
            let result = generator.practise(entries[seller] ?? [], of: seller, until: today, leavingOneDue: seller == demo.logins.seller.id)
            reps += result.reps
            practised += result.entries
        }
        let organizationID = organizationID
        let (done, scheduled) = (reps, practised)
        try await database.writeTransaction { database in
            for chunk in try done.map({ try PracticeRepModel($0, organizationID: organizationID) }).chunked(into: 200) {
                try await chunk.create(on: database)
            }
            for entry in scheduled {
                guard let model = try await PracticePlanEntryModel.find(entry.id.rawValue, on: database) else { continue }
                model.update(from: entry)
                try await model.update(on: database)
            }
        }
        try await store.refreshPlans(of: sellers, in: .organization, actor: nil, at: now)
        return (scheduled.count, done.count)
    }
}
