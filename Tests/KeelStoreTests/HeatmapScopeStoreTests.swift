import FluentKit
import Foundation
import KeelStore
import SalesDomain
import Testing

extension StoreSuites {
    /// Who a competence heatmap counts "in scope" once people leave: a deactivated participant is
    /// no longer someone to assess, unless the cycle already rated them.
    @Suite struct HeatmapScopeStoreTests {
        typealias S = CompetenceScenario

        @Test(arguments: StoreBackend.available)
        func aDeactivatedParticipantStaysInScopeOnlyWhenRated(_ backend: StoreBackend) async throws {
            try await withStore(backend) { database in
                let s = try await S.make(on: database)
                let leaving = s.colleagues[0], ratedThenLeaving = s.colleagues[1]
                try await s.store.saveRating(s.rating(by: s.manager, of: ratedThenLeaving, .manager, level: 3), submit: true, at: S.date(1))
                let policy = AccessPolicy(viewer: Viewer(s.demo.logins.leader), hierarchy: TeamHierarchy(s.demo.teams))
                let query = HeatmapQuery(cycle: s.cycle.id)
                let before = try await s.store.heatmapReport(query, for: policy)

                _ = try await s.directory.setActive(person: leaving.id, false, actor: nil, at: S.date(2))
                _ = try await s.directory.setActive(person: ratedThenLeaving.id, false, actor: nil, at: S.date(2))

                let after = try await s.store.heatmapReport(query, for: policy)
                #expect(after.totalInScope == before.totalInScope - 1)
                #expect(after.total == before.total)
                let row = try await s.store.heatmapPeople(HeatmapPeopleQuery(cycle: s.cycle.id, group: .team(s.seller.teamID!)), for: policy)
                let listed = row.entries.map(\.personID)
                #expect(!listed.contains(leaving.id))
                #expect(listed.contains(ratedThenLeaving.id))
                #expect(row.entries.filter { !$0.isRated }.count == row.entries.count - 1)
            }
        }
    }
}
