import FluentKit
import Foundation
@testable import KeelStore
import SalesDomain
import Testing

extension StoreSuites {
    /// The deals list and the deal page, per role, recounted from the stored deals, activities
    /// and postponements: each viewer gets exactly the deals whose owner they read, in pages that
    /// add up to the total, and the deal page tells the same story as the deal's history.
    @Suite struct DealScreensStoreTests {
        @Test(arguments: StoreBackend.available)
        func eachRoleListsTheDealsOfThePeopleItReads(_ backend: StoreBackend) async throws {
            try await withStore(backend, seeded: WonStayPercentilesStoreTests.wonDealHistory) { database, demo in
                // setup
                let organizationID = demo.organization.id
                let store = DealStore(database: database, organizationID: organizationID)
                let histories = try await store.histories()
                let people = Dictionary(uniqueKeysWithValues: demo.people.map { ($0.id, $0) })
                let hierarchy = TeamHierarchy(demo.teams)
                let analytics = ExecutionAnalytics(database: database, organizationID: organizationID, calendar: .stockholm)
                let now = StoreFixture.now
                let everyStalled = try await analytics.stalledDeals(.organization, asOf: now, limit: 100_000).page
                #expect(everyStalled.count > 4, "the generator leaves deals stalled")
                var marketLeader = demo.logins.leader
                marketLeader.leaderMarketIDs = [try #require(demo.people.compactMap(\.marketID).first)]
                let viewers = demo.logins.all.map { ("\($0.role)", $0.person) } + [("market leader", marketLeader)]

                for (role, viewer) in viewers {
                    let policy = AccessPolicy(viewer: Viewer(viewer), hierarchy: hierarchy)
                    let visible = histories.filter { people[$0.deal.ownerID].map(policy.canReadDeal(ownedBy:)) ?? false }

                    // MUT: everything at once, then page by page.
                    let all = try await store.list(DealListQuery(asOf: now, limit: 100_000), for: policy, calendar: .stockholm)

                    // validate
                    #expect(all.total == visible.count, "\(role)")
                    #expect(Set(all.entries.map(\.deal.id)) == Set(visible.map(\.deal.id)), "\(role)")
                    #expect(all.entries.map(\.deal.createdAt) == all.entries.map(\.deal.createdAt).sorted(by: >), "\(role): newest first")
                    var paged: [Deal.ID] = []
                    for offset in stride(from: 0, through: all.total, by: 7) {
                        let page = try await store.list(DealListQuery(asOf: now, offset: offset, limit: 7), for: policy, calendar: .stockholm)
                        #expect(page.total == all.total)
                        paged += page.entries.map(\.deal.id)
                    }
                    #expect(paged == all.entries.map(\.deal.id), "\(role): the pages make up the list")
                    for entry in all.entries {
                        let history = try #require(histories.first { $0.deal.id == entry.deal.id })
                        #expect(entry.deal == history.deal)
                        #expect(entry.ownerName == people[entry.deal.ownerID]?.name)
                        #expect((entry.stall != nil) == (history.currentStay != nil))
                    }

                    // Filters: each narrows the same recount.
                    for outcome in DealOutcome.allCases {
                        let list = try await store.list(DealListQuery(outcome: outcome, asOf: now, limit: 100_000), for: policy, calendar: .stockholm)
                        #expect(list.total == visible.filter { $0.deal.outcome == outcome }.count, "\(role) \(outcome)")
                    }
                    if let stage = visible.first?.deal.stage {
                        let inStage = try await store.list(DealListQuery(stage: stage, asOf: now, limit: 100_000), for: policy, calendar: .stockholm)
                        #expect(Set(inStage.entries.map(\.deal.id)) == Set(visible.filter { $0.deal.stage == stage }.map(\.deal.id)))
                    }
                    let owner = viewer.id
                    let own = try await store.list(DealListQuery(owner: owner, asOf: now, limit: 100_000), for: policy, calendar: .stockholm)
                    #expect(own.total == histories.filter { $0.deal.ownerID == owner }.count)
                    if let stranger = demo.people.first(where: { !policy.canRead($0) }) {
                        await #expect(throws: AccessRefused(.notFound, entity: "person", field: "owner")) {
                            _ = try await store.list(DealListQuery(owner: stranger.id, asOf: now), for: policy, calendar: .stockholm)
                        }
                    }

                    // Stalled only: the stall analysis's deals the viewer reaches, in its order.
                    let stalled = try await store.list(DealListQuery(stalledOnly: true, asOf: now, limit: 100_000), for: policy, calendar: .stockholm)
                    let expectedStalled = everyStalled.filter { people[$0.ownerID].map(policy.canReadDeal(ownedBy:)) ?? false }
                    #expect(stalled.entries.map(\.deal.id) == expectedStalled.map(\.dealID), "\(role)")
                    #expect(stalled.entries.allSatisfy { $0.stall?.isStalled == true })
                    #expect(stalled.entries.compactMap { $0.stall?.daysInStage } == expectedStalled.map(\.daysInStage))

                    // A deal out of reach is not found.
                    if let hidden = histories.first(where: { !(people[$0.deal.ownerID].map(policy.canRead) ?? false) }) {
                        await #expect(throws: AccessRefused(.notFound, entity: "deal", field: "dealID")) {
                            _ = try await store.screen(hidden.deal.id, for: policy, asOf: now, calendar: .stockholm)
                        }
                    }
                }
            }
        }

        @Test(arguments: StoreBackend.available)
        func aDealsPageTellsItsHistoryStallAndActivities(_ backend: StoreBackend) async throws {
            try await withStore(backend, seeded: WonStayPercentilesStoreTests.wonDealHistory) { database, demo in
                // setup
                let organizationID = demo.organization.id
                let store = DealStore(database: database, organizationID: organizationID)
                let histories = try await store.histories()
                let admin = AccessPolicy(viewer: Viewer(demo.logins.admin), hierarchy: TeamHierarchy(demo.teams))
                let now = StoreFixture.now
                let stalled = try await ExecutionAnalytics(database: database, organizationID: organizationID, calendar: .stockholm)
                    .stalledDeals(.organization, asOf: now, limit: 100_000)
                let activities = try await ActivityModel.query(on: database).filter(\.$organizationID == organizationID.rawValue).all()
                var moves: [UUID: Int] = [:]
                for postponement in try await PostponementModel.query(on: database).filter(\.$organizationID == organizationID.rawValue).all() {
                    moves[postponement.activityID, default: 0] += 1
                }
                let accounts = Dictionary(uniqueKeysWithValues: try await AccountModel.query(on: database).all().map { ($0.id!, $0.name) })
                let stored = Dictionary(uniqueKeysWithValues: try await DealModel.query(on: database).all().map { ($0.id!, $0) })
                let stalledIDs = Set(stalled.page.map(\.dealID))
                let sample = histories.filter { stalledIDs.contains($0.deal.id) }.prefix(3)
                    + histories.filter { $0.deal.outcome == .open && !stalledIDs.contains($0.deal.id) }.prefix(3)
                    + histories.filter(\.deal.isClosed).prefix(3)

                for history in sample {
                    // MUT
                    let screen = try await store.screen(history.deal.id, for: admin, asOf: now, calendar: .stockholm)

                    // validate
                    let deal = history.deal
                    #expect(screen.deal == deal)
                    #expect(screen.stages == history.stageSteps(asOf: now, calendar: .stockholm))
                    #expect(screen.stall?.isStalled ?? false == stalledIDs.contains(deal.id), "\(deal.id)")
                    if let listed = stalled.page.first(where: { $0.dealID == deal.id }) {
                        #expect(screen.stall?.daysInStage == listed.daysInStage)
                        #expect(screen.stall?.barDays == listed.thresholdDays)
                        // The execution page's stalled list names the deal as its page does.
                        #expect(stalled.labels[deal.id] == screen.label)
                    }
                    let model = try #require(stored[deal.id.rawValue])
                    #expect(screen.label == DealLabel(title: model.title, externalID: model.externalID, accountName: model.accountID.flatMap { accounts[$0] }))
                    let expected = activities.filter { activity in
                        activity.ownerID == deal.ownerID.rawValue
                            && (activity.dealID == deal.id.rawValue
                                || (activity.dealID == nil && deal.accountID != nil && activity.accountID == deal.accountID?.rawValue
                                    && activity.plannedAt >= deal.createdAt && deal.closedAt.map { activity.plannedAt <= $0 } ?? true))
                    }
                    #expect(screen.activityTotal == expected.count)
                    #expect(screen.activities.count == min(expected.count, DealScreen.activityLimit))
                    #expect(screen.activities.map(\.activity.plannedDate) == screen.activities.map(\.activity.plannedDate).sorted(by: >))
                    let expectedIDs = Set(expected.compactMap(\.id))
                    #expect(screen.activities.allSatisfy { expectedIDs.contains($0.activity.id.rawValue) })
                    #expect(screen.activities.allSatisfy { $0.postponements == moves[$0.activity.id.rawValue] ?? 0 })
                }
                #expect(sample.count == 9, "stalled, running and closed deals")

                // Another organization's deal is not found.
                await #expect(throws: AccessRefused(.notFound, entity: "deal", field: "dealID")) {
                    _ = try await DealStore(database: database, organizationID: Organization.ID(UUID())).screen(
                        try #require(sample.first).deal.id, for: admin, asOf: now, calendar: .stockholm)
                }
            }
        }
    }
}
