import FluentKit
import Foundation
import KeelStore
import SalesDomain
import Testing

extension StoreSuites {
    /// The competence screens' one query each, answered for a viewer's access policy: the start
    /// page, the results page with its trend and comment, the calibration pages and the role
    /// profiles — each compared with what the domain's rules say of the stored organization.
    @Suite struct CompetenceScreensStoreTests {
        typealias S = CompetenceScenario

        /// Whom `viewer` lists on the start page, recomputed from every person of the demo
        /// organization rather than from the teams the store narrows its reads to.
        static func expectedReports(of viewer: Person, in s: CompetenceScenario) -> [Person.ID] {
            let hierarchy = TeamHierarchy(s.demo.teams)
            let managing = s.demo.people.filter { $0.isActive && RaterEligibility.managingRoles.contains($0.accessRole) && $0.teamID != nil }
            let managersByTeam = Dictionary(grouping: managing) { $0.teamID! }
            let participants = Set(s.cycle.participantIDs)
            return RaterEligibility.directReports(
                of: viewer, among: s.demo.people.filter(\.isActive), managersByTeam: managersByTeam, hierarchy: hierarchy)
                .filter { participants.contains($0.id) }.sorted { $0.name < $1.name }.map(\.id)
        }

        @Test(arguments: StoreBackend.available)
        func theOverviewListsTheViewersOwnFormAndTheirDirectReportsWithTheirProgress(_ backend: StoreBackend) async throws {
            try await withStore(backend) { database in
                // setup
                let s = try await S.make(on: database)
                let store = s.store
                try await store.saveRating(s.rating(by: s.manager, of: s.seller, .manager, competency: 1), at: S.date(1))
                try await store.saveRating(s.rating(by: s.manager, of: s.seller, .manager, competency: 2), submit: true, at: S.date(1))
                let exercise = try await store.createCalibrationExercise(
                    CalibrationStoreTests.exercise(s, raters: [s.manager, s.regionalManager]), actor: nil, at: S.date(1))

                // MUT
                let sellers = try await store.overview(for: s.policy(of: s.seller))
                let managers = try await store.overview(for: s.policy(of: s.manager))
                let regionals = try await store.overview(for: s.policy(of: s.regionalManager))
                let others = try await store.overview(for: s.policy(of: s.otherManager))
                let leaders = try await store.overview(for: s.policy(of: s.demo.logins.leader))

                // validate
                #expect(sellers.viewer.id == s.seller.id)
                #expect(sellers.openCycle?.id == s.cycle.id)
                #expect(sellers.selfStatus?.source == .selfAssessment)
                #expect(sellers.selfStatus?.competencyCount == 3, "the seller's role profile has three competencies")
                #expect(sellers.reports.isEmpty)
                #expect(sellers.calibrations.isEmpty, "a seller reads nobody else's judgement")
                #expect(sellers.closedCyclesOfViewer.isEmpty)
                #expect(sellers.publishedFrameworks.map(\.id) == [s.framework.id])

                #expect(managers.selfStatus == nil, "managers are not participants")
                #expect(managers.reports.map(\.person.id) == Self.expectedReports(of: s.manager, in: s))
                #expect(managers.reports.contains { $0.person.id == s.seller.id })
                let seller = try #require(managers.reports.first { $0.person.id == s.seller.id })
                #expect((seller.source, seller.drafts, seller.submitted, seller.competencyCount) == (.manager, 1, 1, 3))
                #expect(managers.reports.filter { $0.person.id != s.seller.id }.allSatisfy { $0.drafts + $0.submitted == 0 })
                #expect(managers.calibrations.map(\.id) == [exercise.id])

                #expect(regionals.reports.map(\.person.id) == Self.expectedReports(of: s.regionalManager, in: s))
                #expect(!regionals.reports.contains { $0.person.id == s.seller.id }, "the seller reports to their team's manager")
                #expect(others.calibrations.isEmpty, "not a rater, and reads only their own subtree")
                #expect(leaders.reports.map(\.person.id) == Self.expectedReports(of: s.demo.logins.leader, in: s))
                #expect(leaders.calibrations.map(\.id) == [exercise.id])

                _ = try await store.closeCycle(s.cycle.id, actor: nil, at: S.date(10))
                let afterClose = try await store.overview(for: s.policy(of: s.seller))
                #expect(afterClose.openCycle == nil)
                #expect(afterClose.selfStatus == nil)
                #expect(afterClose.closedCyclesOfViewer.map(\.id) == [s.cycle.id])
            }
        }

        @Test(arguments: StoreBackend.available)
        func theResultsScreenWithholdsOnesOwnResultsWhileTheCycleRuns(_ backend: StoreBackend) async throws {
            try await withStore(backend) { database in
                // setup
                let s = try await S.make(on: database)
                let store = s.store
                try await store.saveRating(s.rating(by: s.manager, of: s.seller, .manager, level: 3), submit: true, at: S.date(1))

                // MUT
                let own = try await store.resultsScreen(cycle: s.cycle.id, person: s.seller.id, for: s.policy(of: s.seller))
                let managers = try await store.resultsScreen(cycle: s.cycle.id, person: s.seller.id, for: s.policy(of: s.manager))

                // validate
                #expect(own.results == nil)
                #expect(own.withheld == Problem(.resultsShownAfterClose, ["name": s.cycle.name]))
                #expect(own.viewerIsPerson)
                #expect(own.trends.isEmpty, "no closed cycle yet")
                #expect(own.framework.id == s.framework.id)
                #expect(own.cycleNames == [s.cycle.id: s.cycle.name])
                #expect(managers.results?.competencies.map(\.level) == [3])
                #expect(managers.withheld == nil)
                #expect(!managers.viewerIsPerson)
                await #expect(throws: AccessRefused(.notFound, entity: "person", field: "personID")) {
                    _ = try await store.resultsScreen(cycle: s.cycle.id, person: s.seller.id, for: s.policy(of: s.otherManager))
                }
                await #expect(throws: AccessRefused(.notFound, entity: "assessment cycle", field: "cycleID")) {
                    _ = try await store.resultsScreen(cycle: .init(UUID()), person: s.seller.id, for: s.policy(of: s.manager))
                }

                _ = try await store.closeCycle(s.cycle.id, actor: nil, at: S.date(10))
                let closed = try await store.resultsScreen(cycle: s.cycle.id, person: s.seller.id, for: s.policy(of: s.seller))
                #expect(closed.results?.competencies.map(\.level) == [3])
                #expect(closed.trends == (try await store.trends(of: s.seller.id)))
                #expect(closed.trends.map(\.points.count) == [1])
            }
        }

        /// The trend and the comment for a seller, a manager, a leader of one market, a leader and
        /// an admin: the trend for whoever reads the person, the comment for the person alone.
        @Test(arguments: StoreBackend.available)
        func trendsAndTheCommentFollowTheAccessPolicyForEachRole(_ backend: StoreBackend) async throws {
            try await withStore(backend) { database in
                // setup
                let s = try await S.make(on: database)
                let store = s.store
                try await store.saveRating(s.rating(by: s.manager, of: s.seller, .manager, level: 4), submit: true, at: S.date(1))
                _ = try await store.closeCycle(s.cycle.id, actor: nil, at: S.date(10))
                var otherMarketLeader = s.demo.logins.leader
                otherMarketLeader.leaderMarketIDs = [try #require(s.demo.markets.first { $0.id != s.seller.marketID }).id]
                let outOfReach = AccessRefused(.notFound, entity: "person", field: "personID")
                let notTheirs = AccessRefused(.forbidden, entity: "result comment", field: "personID", problem: Problem(.onlyRateeComments))
                let viewers: [(String, Person, trends: AccessRefused?, comment: AccessRefused?)] = [
                    ("seller", s.seller, nil, nil),
                    ("manager", s.manager, nil, notTheirs),
                    ("leader of another market", otherMarketLeader, outOfReach, outOfReach),
                    ("leader", s.demo.logins.leader, nil, notTheirs),
                    ("admin", s.demo.logins.admin, nil, notTheirs),
                ]
                let stored = try await store.trends(of: s.seller.id)
                #expect(stored.map(\.points.count) == [1])

                for (name, viewer, trendsRefusal, commentRefusal) in viewers {
                    // MUT
                    let trends: Result<[CompetencyTrend], AccessRefused>
                    do { trends = .success(try await store.trends(of: s.seller.id, for: s.policy(of: viewer))) } catch let refusal as AccessRefused { trends = .failure(refusal) }
                    let comment: Result<ResultComment, AccessRefused>
                    do {
                        comment = .success(try await store.commentOnResults(
                            cycle: s.cycle.id, person: s.seller.id, text: "From \(name)", for: s.policy(of: viewer), at: S.date(11)))
                    } catch let refusal as AccessRefused {
                        comment = .failure(refusal)
                    }
                    // validate
                    #expect(trends == (trendsRefusal.map { .failure($0) } ?? .success(stored)), "\(name)")
                    switch (comment, commentRefusal) {
                    case (.success(let written), nil): #expect(written.text == "From seller")
                    case (.failure(let refusal), let expected?): #expect(refusal == expected, "\(name)")
                    default: Issue.record("\(name): \(comment) where \(String(describing: commentRefusal)) was expected")
                    }
                }
                #expect(try await store.resultComment(cycle: s.cycle.id, person: s.seller.id)?.text == "From seller", "nobody else wrote it")
            }
        }

        @Test(arguments: StoreBackend.available)
        func theCalibrationPagesAreForLeadershipAndTheExercisesRaters(_ backend: StoreBackend) async throws {
            try await withStore(backend) { database in
                // setup
                let s = try await S.make(on: database)
                let store = s.store
                let exercise = try await store.createCalibrationExercise(
                    CalibrationStoreTests.exercise(s, raters: [s.manager, s.regionalManager]), actor: nil, at: S.date(1))
                for target in exercise.targets {
                    try await store.recordCalibrationScore(CalibrationScore(
                        exerciseID: exercise.id, targetID: target.id, raterID: s.manager.id, competencyID: S.competencyID(1), level: 3), at: S.date(2))
                }
                try await store.recordCalibrationScore(CalibrationScore(
                    exerciseID: exercise.id, targetID: exercise.targets[0].id, raterID: s.regionalManager.id, competencyID: S.competencyID(2), level: 2),
                    at: S.date(2))
                let leader = s.demo.logins.leader

                // MUT
                let managers = try await store.calibrationScreen(exercise.id, for: s.policy(of: s.manager))
                let leaders = try await store.calibrationScreen(exercise.id, for: s.policy(of: leader))
                let sheet = try await store.calibrationSheet(exercise.id, for: s.policy(of: s.manager))

                // validate
                #expect(managers.results == (try await store.calibrationResults(exercise.id)))
                #expect(managers.viewerIsRater && !managers.viewerMayClose)
                #expect(!leaders.viewerIsRater && leaders.viewerMayClose)
                #expect(managers.scoresByRater == [s.manager.id: 2, s.regionalManager.id: 1])
                #expect(managers.raterNames == [s.manager.id: s.manager.name, s.regionalManager.id: s.regionalManager.name])
                #expect(managers.targetNames == [exercise.targets[0].id: "Discovery call", exercise.targets[1].id: s.seller.name])
                #expect(managers.framework?.id == s.framework.id)
                #expect(sheet.levels == [exercise.targets[0].id: [S.competencyID(1): 3], exercise.targets[1].id: [S.competencyID(1): 3]],
                        "the manager's own scores, not the regional manager's")
                #expect(sheet.targetNames == managers.targetNames)
                await #expect(throws: AccessRefused(.notFound, entity: "calibration exercise", field: "exerciseID")) {
                    _ = try await store.calibrationScreen(exercise.id, for: s.policy(of: s.otherManager))
                }
                await #expect(throws: AccessRefused(.notFound, entity: "calibration exercise", field: "exerciseID")) {
                    _ = try await store.calibrationSheet(exercise.id, for: s.policy(of: s.otherManager))
                }
                await #expect(throws: AccessRefused(.forbidden, entity: "calibration exercise", field: "exerciseID", problem: Problem(.onlyRatersScore))) {
                    _ = try await store.calibrationSheet(exercise.id, for: s.policy(of: leader))
                }
            }
        }

        @Test(arguments: StoreBackend.available)
        func theCalibrationFormOffersActiveManagersAsRatersAndEveryActivePersonByTeam(_ backend: StoreBackend) async throws {
            try await withStore(backend) { database in
                // setup
                let s = try await S.make(on: database)
                let leader = s.demo.logins.leader

                // MUT
                let choices = try await s.store.calibrationFormChoices(framework: nil, for: s.policy(of: leader))
                let unknown = try await s.store.calibrationFormChoices(
                    framework: FrameworkVersionReference(frameworkID: s.framework.id, version: 9), for: s.policy(of: leader))

                // validate
                #expect(choices.frameworks.map(\.reference) == [s.framework.reference])
                #expect(choices.framework?.reference == s.framework.reference, "nothing asked for: the newest")
                #expect(unknown.framework == nil, "a version that is not published is not chosen")
                let active = s.demo.people.filter(\.isActive)
                #expect(Set(choices.raters.map(\.id)) == Set(active.filter { RaterEligibility.managingRoles.contains($0.accessRole) }.map(\.id)))
                #expect(choices.raters.map(\.name) == choices.raters.map(\.name).sorted())
                #expect(Set(choices.candidates.people.map(\.id)) == Set(active.map(\.id)))
                #expect(choices.candidates.groups.allSatisfy { group in group.people.allSatisfy { $0.teamID == group.team?.id } })
                // The team tree's order: a team after its parent; for a leader of the whole
                // organization every listed team can be chosen whole.
                let listed = choices.candidates.groups.map(\.team?.id)
                for (index, group) in choices.candidates.groups.enumerated() {
                    if let parent = group.team?.parentID, let at = listed.firstIndex(of: parent) { #expect(at < index) }
                }
                #expect(choices.candidates.groups.allSatisfy { $0.team == nil || !$0.everyone.isEmpty })
                await #expect(throws: AccessRefused(.forbidden, entity: "calibration exercise")) {
                    _ = try await s.store.calibrationFormChoices(framework: nil, for: s.policy(of: s.manager))
                }
            }
        }

        @Test(arguments: StoreBackend.available)
        func roleProfilesAreListedInSellingOrderAndOneIsNotFoundUntilSetUp(_ backend: StoreBackend) async throws {
            try await withStore(backend) { database in
                // setup
                let s = try await S.make(on: database)
                let store = s.store
                let market = try #require(s.demo.markets.first)
                var local = S.profile(.accountExecutive, organization: s.organizationID, n: 9)
                local.marketID = market.id
                _ = try await store.saveRoleProfile(local, actor: nil, at: S.date(1))

                // MUT
                let list = try await store.roleProfileList(framework: nil)
                let named = try await store.roleProfileList(framework: s.framework.id)
                let stored = try await store.roleProfile(
                    RoleProfileQuery(framework: s.framework.id, jobRole: .accountExecutive, market: market.id, mustExist: true))
                let setUp = try await store.roleProfile(
                    RoleProfileQuery(framework: s.framework.id, jobRole: .salesManager, market: nil, mustExist: false))

                // validate
                let sellingRoles = JobRole.allCases.filter(\.isSellingRole)
                #expect(list.framework?.id == s.framework.id)
                #expect(named.entries == list.entries)
                #expect(list.entries.map(\.profile.jobRole) == sellingRoles.flatMap { $0 == .accountExecutive ? [$0, $0] : [$0] })
                #expect(list.entries.map(\.market?.id) == sellingRoles.flatMap { $0 == .accountExecutive ? [nil, market.id] : [nil] },
                        "the profile for all markets before the market's own")
                #expect(list.markets.map(\.name) == s.demo.markets.map(\.name).sorted())
                #expect(stored.stored?.id == local.id)
                #expect(stored.market == market)
                #expect(setUp.stored == nil)
                #expect(setUp.framework.reference == s.framework.reference)
                await #expect(throws: AccessRefused(.notFound, entity: "role profile", field: "jobRole")) {
                    _ = try await store.roleProfile(RoleProfileQuery(framework: s.framework.id, jobRole: .salesManager, market: nil, mustExist: true))
                }
                await #expect(throws: AccessRefused(.notFound, entity: "market", field: "market")) {
                    _ = try await store.roleProfile(RoleProfileQuery(framework: s.framework.id, jobRole: .accountExecutive, market: .init(UUID()), mustExist: false))
                }
                await #expect(throws: AccessRefused(.notFound, entity: "framework", field: "framework")) {
                    _ = try await store.roleProfileList(framework: .init(UUID()))
                }
            }
        }
    }
}
