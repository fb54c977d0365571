import FluentKit
import Foundation
import KeelStore
import SalesDomain
import SQLKit
import Testing

extension StoreSuites {
    /// The result and heatmap rollups stay what a from-scratch recomputation by the domain
    /// functions says, through submissions, refusals, moves of people and teams, a profile
    /// change and a second cycle.
    @Suite struct CompetenceRollupStoreTests {
        typealias S = CompetenceScenario

        static func managerOf(_ person: Person, in demo: DemoOrganization) -> Person {
            demo.people.first { $0.accessRole == .manager && $0.teamID == person.teamID }!
        }

        static func draft(of person: Person, team: Team.ID?, market: Market.ID?, jobRole: JobRole? = nil) -> PersonDraft {
            PersonDraft(name: person.name, email: person.email, jobRole: jobRole ?? person.jobRole, accessRole: person.accessRole,
                        teamID: team, marketID: market)
        }

        @Test(arguments: StoreBackend.available)
        func rollupsEqualARecomputationAfterEveryKindOfChange(_ backend: StoreBackend) async throws {
            try await withStore(backend) { database in
                let s = try await S.make(on: database)
                let store = s.store
                let check = CompetenceRollupCheck(database: database, organizationID: s.organizationID)
                let peers = Array(s.colleagues.prefix(3))

                // Cycle 1: self, manager, a manager above, four peers, drafts, across markets.
                try await store.saveRating(s.rating(by: s.seller, of: s.seller, .selfAssessment, level: 5), submit: true, at: S.date(1))
                try await store.saveRating(s.rating(by: s.seller, of: s.seller, .selfAssessment, competency: 2, level: 2), submit: true, at: S.date(1))
                try await store.saveRating(s.rating(by: s.manager, of: s.seller, .manager, level: 3), submit: true, at: S.date(1))
                try await store.saveRating(s.rating(by: s.manager, of: s.seller, .manager, competency: 2, level: 3), submit: true, at: S.date(1))
                try await store.saveRating(s.rating(by: s.manager, of: s.seller, .manager, competency: 3, level: 4), at: S.date(1))
                try await store.saveRating(s.rating(by: s.regionalManager, of: s.seller, .manager, level: 4), submit: true, at: S.date(2))
                for (peer, level) in zip(peers, [2, 3, 5]) {
                    try await store.saveRating(s.rating(by: peer, of: s.seller, .peer, level: level), submit: true, at: S.date(2))
                }
                try await store.saveRating(s.rating(by: s.colleagues[3], of: s.seller, .peer, competency: 3, level: 2), submit: true, at: S.date(2))
                let sellers = s.demo.people.filter(\.jobRole.isSellingRole)
                for (index, person) in sellers.enumerated() where person.id != s.seller.id && index % 3 == 0 {
                    let manager = Self.managerOf(person, in: s.demo)
                    for competency in 1...3 {
                        try await store.saveRating(
                            s.rating(by: manager, of: person, .manager, competency: competency, level: 1 + (index + competency) % 5),
                            submit: (index + competency) % 4 != 0, at: S.date(3))
                    }
                    try await store.saveRating(s.rating(by: person, of: person, .selfAssessment, level: 1 + index % 5), submit: true, at: S.date(3))
                }
                // Refused: a second submission and an edit of a submitted rating change nothing.
                await #expect(throws: FieldError.self) {
                    try await store.saveRating(s.rating(by: s.manager, of: s.seller, .manager, level: 3), submit: true, at: S.date(4))
                }
                await #expect(throws: FieldError.self) {
                    try await store.saveRating(s.rating(by: s.manager, of: s.seller, .manager, level: 1), at: S.date(4))
                }
                try await check.verify(cycle: s.cycle.id)

                // The results page agrees with the domain on blind spots, peers and fit.
                let results = try await store.personResults(cycle: s.cycle.id, person: s.seller.id, for: s.policy(of: s.manager))
                let ratings = try await check.ratings(in: s.cycle.id).filter { $0.rateeID == s.seller.id }
                #expect(results.blindSpots == BlindSpot.find(in: ratings))
                #expect(results.blindSpots.map(\.direction) == [.overEstimation, .underEstimation])
                #expect(results.competencies.map(\.competencyID) == [1, 2, 3].map(S.competencyID))
                #expect(results.competencies[0].peers == PeerAggregate.visible(
                    for: s.seller.id, competency: S.competencyID(1), cycle: s.cycle.id, in: ratings))
                #expect(results.competencies[0].peers?.raterCount == 3)
                #expect(results.competencies[2].peers == nil)
                let levels = LevelConsolidation.consolidate(ratings).levels(of: s.seller.id, in: s.cycle.id)
                #expect(results.fit == RoleFit(levels: levels, profile: results.profile!))

                // A colleague moves to another team and market; another changes job role.
                let mover = s.colleagues[0]
                _ = try await s.directory.updatePerson(
                    mover.id, with: Self.draft(of: mover, team: s.outsider.teamID, market: s.outsider.marketID), actor: nil, at: S.date(5))
                let promoted = s.colleagues[1]
                _ = try await s.directory.updatePerson(
                    promoted.id, with: Self.draft(of: promoted, team: promoted.teamID, market: promoted.marketID,
                                                 jobRole: promoted.jobRole == .keyAccountManager ? .accountExecutive : .keyAccountManager),
                    actor: nil, at: S.date(5))
                try await check.verify(cycle: s.cycle.id)

                // The seller's team moves under another market's team, taking its subtree along.
                let sellerTeam = try #require(try await s.directory.team(s.seller.teamID!))
                let otherMarketTeam = try #require(s.demo.teams.first { $0.marketID != sellerTeam.marketID && $0.marketID != nil })
                _ = try await s.directory.updateTeam(
                    sellerTeam.id, with: TeamDraft(name: sellerTeam.name, parentID: otherMarketTeam.id, marketID: sellerTeam.marketID),
                    actor: nil, at: S.date(6))
                try await check.verify(cycle: s.cycle.id)

                // Targets change for account executives; the mover is rated by their new manager.
                var profile = try #require(try await store.roleProfiles().first { $0.jobRole == .accountExecutive })
                profile.entries[0].targetLevel = 5
                profile.entries.removeLast()
                _ = try await store.saveRoleProfile(profile, actor: nil, at: S.date(7))
                let moved = try #require(try await s.directory.person(mover.id))
                try await store.saveRating(
                    s.rating(by: Self.managerOf(s.outsider, in: s.demo), of: moved, .manager, competency: 2, level: 2), submit: true,
                    at: S.date(8))
                try await check.verify(cycle: s.cycle.id)

                // Cycle 2 weighs manager, self and peers 2 : 1 : 1.
                _ = try await store.closeCycle(s.cycle.id, actor: nil, at: S.date(10))
                let second = try await store.openCycle(
                    name: "Autumn review", framework: s.framework.reference, participants: sellers.map(\.id),
                    policy: try ConsolidationPolicy(managerWeight: 2, selfWeight: 1, peerWeight: 1), actor: nil, at: S.date(20))
                try await store.saveRating(s.rating(by: s.seller, of: s.seller, .selfAssessment, level: 4, cycle: second.id), submit: true, at: S.date(21))
                try await store.saveRating(s.rating(by: s.manager, of: s.seller, .manager, level: 4, cycle: second.id), submit: true, at: S.date(21))
                for (peer, level) in zip(peers.dropFirst(), [3, 4]) {
                    try await store.saveRating(s.rating(by: peer, of: s.seller, .peer, level: level, cycle: second.id), submit: true, at: S.date(22))
                }
                try await store.saveRating(s.rating(by: s.seller, of: s.seller, .selfAssessment, competency: 2, level: 3, cycle: second.id), submit: true, at: S.date(22))
                try await check.verify(cycle: s.cycle.id)
                try await check.verify(cycle: second.id)
                let trends = try await store.trends(of: s.seller.id)
                #expect(trends.map(\.points.count) == [1, 1])

                // A rebuild from the ratings gives the same rollups.
                try await store.rebuildCompetenceRollups(cycle: s.cycle.id)
                try await store.rebuildCompetenceRollups(cycle: second.id)
                try await check.verify(cycle: s.cycle.id)
                try await check.verify(cycle: second.id)
            }
        }
    }
}
