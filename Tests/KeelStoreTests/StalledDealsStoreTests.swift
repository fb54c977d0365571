import FluentKit
import Foundation
@testable import KeelStore
import SalesDomain
import Testing

extension StoreSuites {
    /// The database judges open deals for stalls — each deal's stay kept on the deal, the bars
    /// kept per team — and must reach the domain's judgement over the deals' whole histories,
    /// with the same bars, for every kind of group and page.
    @Suite struct StalledDealsStoreTests {
        @Test(arguments: StoreBackend.available)
        func theDatabaseJudgesOpenDealsAsTheDomainDoes(_ backend: StoreBackend) async throws {
            try await withStore(backend, seeded: WonStayPercentilesStoreTests.wonDealHistory) { database, demo in
                // setup
                let organizationID = demo.organization.id
                let histories = try await DealStore(database: database, organizationID: organizationID).histories()
                let hierarchy = TeamHierarchy(demo.teams)
                let parent = try #require(demo.teams.max { hierarchy.subtree(of: $0.id).count < hierarchy.subtree(of: $1.id).count })
                let market = try #require(demo.people.compactMap(\.marketID).first)
                let owner = try #require(histories.first { $0.deal.outcome == .open && $0.hasHistory }?.deal.ownerID)
                let scopes: [(AnalysisScope, (Person) -> Bool)] = [
                    (.organization, { _ in true }),
                    (.team(parent.id), { person in person.teamID.map(hierarchy.subtree(of: parent.id).contains) ?? false }),
                    (.market(market), { $0.marketID == market }),
                    (.person(owner), { $0.id == owner }),
                ]

                /// The domain's judgement of the scope's open deals with the bars computed
                /// from the won-stay rollups (equal to the domain's percentiles: see
                /// `WonStayPercentilesStoreTests`).
                func expected(_ members: (Person) -> Bool, policy: StallPolicy, asOf: Date, people: [Person] = demo.people) async throws -> StallReport {
                    let teamOf = Dictionary(people.compactMap { person in person.teamID.map { (person.id, $0) } }, uniquingKeysWith: { first, _ in first })
                    let bars = try await ExecutionRollups(database: database, organizationID: organizationID, calendar: .stockholm)
                        .wonStayPercentiles(scopes: demo.teams.map(\.id.rawValue) + [organizationID.rawValue], percentile: policy.percentile)
                    let thresholds = StallThresholds(
                        policy: policy,
                        teamReferences: bars.filter { $0.scope != organizationID.rawValue }.map {
                            .init(stage: $0.stage, teamID: Team.ID($0.scope), wonDeals: $0.wonDeals, days: $0.days)
                        },
                        organizationReferences: bars.filter { $0.scope == organizationID.rawValue }.map {
                            .init(stage: $0.stage, teamID: nil, wonDeals: $0.wonDeals, days: $0.days)
                        })
                    let owners = Set(people.filter(members).map(\.id))
                    return StageVelocity.stalledDeals(
                        openDeals: histories.filter { owners.contains($0.deal.ownerID) }.compactMap(OpenDealStay.init),
                        thresholds: thresholds, teamByPerson: teamOf, asOf: asOf, calendar: .stockholm)
                }

                let analytics = ExecutionAnalytics(database: database, organizationID: organizationID, calendar: .stockholm)
                var policy = StallPolicy()
                for asOf in [StoreFixture.now, StoreFixture.now.addingTimeInterval(45 * 86_400)] {
                    let everyone = try await expected({ _ in true }, policy: policy, asOf: asOf)
                    #expect(everyone.stalled.count > 4, "the generator leaves deals stalled")
                    for (scope, members) in scopes {
                        let report = try await expected(members, policy: policy, asOf: asOf)
                        for (offset, limit) in [(0, 100), (0, 3), (3, 4), (1_000, 10)] {
                            // MUT
                            let overview = try await analytics.stalledDeals(scope, asOf: asOf, offset: offset, limit: limit)
                            // validate
                            #expect(overview.unlabelled == report.overview(offset: offset, limit: limit), "\(scope) at \(asOf), \(offset)+\(limit)")
                        }
                        // Each owner's first in the list's own order: most days over, ties by id.
                        var longest: [Person.ID: Deal.ID] = [:]
                        for deal in report.overview(offset: 0, limit: 100_000).page where longest[deal.ownerID] == nil { longest[deal.ownerID] = deal.dealID }
                        #expect(try await analytics.longestStalledDealByOwner(scope, asOf: asOf) == longest, "\(scope) at \(asOf)")
                    }
                }

                // A new percentile moves the stored bars with it; a new minimum changes whose bar applies.
                let settings = OrganizationSettings(database: database, organizationID: organizationID)
                for newPolicy in [StallPolicy(percentile: 0.5, minimumWonDeals: 5), StallPolicy(percentile: 0.5, minimumWonDeals: 1)] {
                    policy = newPolicy
                    try await settings.setStallPolicy(policy, by: nil, at: StoreFixture.now)
                    let report = try await expected({ _ in true }, policy: policy, asOf: StoreFixture.now)
                    #expect(try await analytics.stalledDeals(.organization, asOf: StoreFixture.now).unlabelled == report.overview(offset: 0, limit: 100))
                }

                // An owner of open deals moves to another team: their deals answer to its bars.
                let directory = Directory(database: database, organizationID: organizationID)
                let mover = try #require(demo.people.first { $0.id == owner })
                let target = try #require(demo.teams.first { team in team.id != mover.teamID && !demo.teams.contains { $0.parentID == team.id } })
                _ = try await directory.updatePerson(mover.id, with: PersonDraft(
                    name: mover.name, email: mover.email, jobRole: mover.jobRole, accessRole: mover.accessRole,
                    teamID: target.id, marketID: target.marketID), actor: nil, at: StoreFixture.now)
                let people = try await directory.people(PeopleQuery(scope: .organization, viewerID: nil, includeInactive: true, limit: 100_000)).people
                let afterMove = try await expected({ _ in true }, policy: policy, asOf: StoreFixture.now, people: people)
                #expect(try await analytics.stalledDeals(.organization, asOf: StoreFixture.now).unlabelled == afterMove.overview(offset: 0, limit: 100))

                // A team whose people own stalled deals moves under another parent: those deals
                // leave the old parent's subtree and join the new one's.
                let ownersOfStalledDeals = Set(afterMove.stalled.map(\.ownerID))
                let movedTeam = try #require(demo.teams.first { team in
                    team.parentID != nil && people.contains { $0.teamID == team.id && ownersOfStalledDeals.contains($0.id) }
                })
                let oldParent = try #require(movedTeam.parentID)
                let newParent = try #require(demo.teams.first { team in
                    team.id != oldParent && !hierarchy.subtree(of: movedTeam.id).contains(team.id) && !hierarchy.subtree(of: team.id).contains(oldParent)
                })
                _ = try await directory.updateTeam(
                    movedTeam.id, with: TeamDraft(name: movedTeam.name, parentID: newParent.id, marketID: movedTeam.marketID), actor: nil, at: StoreFixture.now)
                let movedHierarchy = TeamHierarchy(demo.teams.map { team in
                    var team = team
                    if team.id == movedTeam.id { team.parentID = newParent.id }
                    return team
                })
                for team in [oldParent, newParent.id] {
                    let members: (Person) -> Bool = { person in person.teamID.map(movedHierarchy.subtree(of: team).contains) ?? false }
                    let report = try await expected(members, policy: policy, asOf: StoreFixture.now, people: people)
                    let movedDeals = report.stalled.filter { deal in people.contains { $0.id == deal.ownerID && $0.teamID == movedTeam.id } }
                    #expect(movedDeals.isEmpty == (team == oldParent))
                    #expect(try await analytics.stalledDeals(.team(team), asOf: StoreFixture.now).unlabelled == report.overview(offset: 0, limit: 100), "\(team)")
                }
            }
        }

        @Test(arguments: StoreBackend.available)
        func anUpgradedDatabaseGivesExistingDealsTheirTeamsPaths(_ backend: StoreBackend) async throws {
            try await withStore(backend, seeded: WonStayPercentilesStoreTests.wonDealHistory) { database, demo in
                // setup: deals judged, then the paths taken away as before migration 010.
                let hierarchy = TeamHierarchy(demo.teams)
                let analytics = ExecutionAnalytics(database: database, organizationID: demo.organization.id, calendar: .stockholm)
                let teams = demo.teams.filter { hierarchy.subtree(of: $0.id).count > 1 }.map(\.id)
                var judged: [StallOverview] = []
                for team in teams { judged.append(try await analytics.stalledDeals(.team(team), asOf: StoreFixture.now)) }
                #expect(judged.contains { $0.total > 0 })
                try await AddDealOwnerTeamPath().revert(on: database)

                // MUT: the migration adds the columns, the first start fills them.
                try await AddDealOwnerTeamPath().prepare(on: database)
                try await DerivedDataTests.upgrade(database)

                // validate
                for (team, before) in zip(teams, judged) {
                    #expect(try await analytics.stalledDeals(.team(team), asOf: StoreFixture.now) == before)
                }
            }
        }
    }
}

extension StallOverview {
    /// Without what the deals are called: the domain's report knows only ids
    /// (`DealScreensStoreTests` holds the names to the stored deals).
    var unlabelled: StallOverview {
        var overview = self
        overview.labels = [:]
        return overview
    }
}
