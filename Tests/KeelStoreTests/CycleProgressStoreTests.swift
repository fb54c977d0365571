import FluentKit
import Foundation
@testable import KeelStore
import SalesDomain
import Testing

extension StoreSuites {
    /// A cycle's progress on both databases, held to a recount from every stored rating: one
    /// aggregate query gives each participant's state per source, within the viewer's reach.
    @Suite struct CycleProgressStoreTests {
        @Test(arguments: StoreBackend.available)
        func progressIsTheRecountOfTheCyclesRatingsWithinReach(_ backend: StoreBackend) async throws {
            try await withStore(backend) { database in
                // setup: the demo's cycles, the last one open with drafts and submissions
                let demo = StoreFixture.demo(sellers: 24, seed: 3)
                try await Organizations(database: database).store(demo, passwordHashes: [:])
                let organization = demo.organization.id
                try await CompetenceSeeding(database: database, organizationID: organization).storeDemo(for: demo, seed: 3, now: StoreFixture.now)
                let store = CompetenceStore(database: database, organizationID: organization)
                let open = try #require(try await store.cycleSummaries().first { $0.status == .open })
                let cycle = try #require(try await store.cycle(open.id))
                let ratings = try await RatingModel.query(on: database).filter(\.$cycleID == open.id.rawValue).all()
                #expect(ratings.contains { $0.submittedAt == nil } && ratings.contains { $0.submittedAt != nil })
                func state(_ ratee: Person.ID, _ source: RatingSource) -> CycleProgress.State {
                    let mine = ratings.filter { $0.rateeID == ratee.rawValue && $0.source == source.rawValue }
                    return mine.contains { $0.submittedAt != nil } ? .done : mine.isEmpty ? .notStarted : .draft
                }
                let hierarchy = TeamHierarchy(demo.teams)

                for (role, viewer) in demo.logins.all where role != .seller {
                    let policy = AccessPolicy(viewer: Viewer(viewer), hierarchy: hierarchy)
                    // MUT
                    let progress = try await store.cycleProgress(open.id, for: policy, noTeamName: "No team")

                    let reach = demo.people.filter { cycle.participantIDs.contains($0.id) && policy.canRead($0) }
                    #expect(Set(progress.participants.map(\.person.id)) == Set(reach.map(\.id)), "\(role)")
                    #expect(progress.hiddenParticipants == cycle.participantIDs.count - reach.count, "\(role)")
                    for participant in progress.participants {
                        #expect(participant.selfAssessment == state(participant.person.id, .selfAssessment), "\(role)")
                        #expect(participant.manager == state(participant.person.id, .manager), "\(role)")
                        #expect(participant.peers.state == state(participant.person.id, .peer), "\(role)")
                    }
                    #expect(progress.groups.reduce(0) { $0 + $1.participants } == reach.count)
                }
                let seller = AccessPolicy(viewer: Viewer(demo.logins.seller), hierarchy: hierarchy)
                await #expect(throws: AccessRefused(.forbidden, entity: "assessment cycle")) {
                    _ = try await store.cycleProgress(open.id, for: seller, noTeamName: "")
                }
            }
        }
    }
}
