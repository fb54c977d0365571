import Foundation
@testable import KeelServer
import KeelStore
import SalesDomain
import Testing
import Vapor

/// The execution analyses are one query for the page and the API, authorized by the store for
/// the viewer's policy: for a seller, a manager, a leader of one market, a leader and an admin,
/// every scope answers alike on both — refused the same way, or with the same figures, equal to
/// the definitions over every activity whoever asks.
@Suite(.serialized) struct ExecutionAccessTests {
    enum Expected: Equatable { case allowed, forbidden, notFound }

    @Test func eachRoleGetsTheScopesOfItsReachWithTheDefinitionsFigures() async throws {
        try await withServer { server in
            // setup
            let history = try await AnalysesAPITests.seedHistory(server)
            let demo = server.demo
            let logins = demo.logins
            let hierarchy = TeamHierarchy(demo.teams)
            let marketLeader = try #require(demo.people.first { $0.accessRole == .leader && $0.leaderMarketIDs.count == 1 })
            try await Accounts(database: server.app.db).setPasswordHash(try await server.app.password.async.hash(TestServer.password), for: marketLeader.id, at: server.clock.now)
            let ledMarket = try #require(marketLeader.leaderMarketIDs.first)
            let otherMarket = try #require(demo.markets.first { $0.id != ledMarket }?.id)
            let managersTeam = try #require(logins.manager.teamID)
            let outsider = try #require(demo.people.first {
                $0.accessRole == .seller && $0.marketID == otherMarket && !hierarchy.subtree(of: managersTeam).contains($0.teamID!)
            })
            let root = try #require(demo.teams.first { $0.parentID == nil }?.id)
            let scopes: [AnalysisScope] = [
                .organization, .market(ledMarket), .market(otherMarket), .team(root), .team(managersTeam),
                .person(logins.seller.id), .person(outsider.id),
            ]
            let inManagersTeam = hierarchy.subtree(of: managersTeam)
            let sellerInLedMarket = logins.seller.marketID == ledMarket
            let managersTeamInLedMarket = demo.teams.first { $0.id == managersTeam }?.marketID == ledMarket
            // The rule, written out by hand per role and scope.
            let expected: [(String, Person, [Expected])] = [
                ("seller", logins.seller, [.forbidden, .notFound, .notFound, .notFound, .notFound, .allowed, .notFound]),
                ("manager", logins.manager, [.forbidden, .notFound, .notFound, .notFound, .allowed,
                                             inManagersTeam.contains(logins.seller.teamID!) ? .allowed : .notFound, .notFound]),
                ("leader of one market", marketLeader, [.forbidden, .allowed, .notFound, .notFound,
                                                        managersTeamInLedMarket ? .allowed : .notFound,
                                                        sellerInLedMarket ? .allowed : .notFound, .notFound]),
                ("leader", logins.leader, Array(repeating: .allowed, count: scopes.count)),
                ("admin", logins.admin, Array(repeating: .allowed, count: scopes.count)),
            ]

            let tallies = WeeklyActivityTally.tallies(activities: history.flatMap(\.activities), postponements: history.flatMap(\.postponements), calendar: .stockholm)
            let span = ISOWeek(year: 2025, week: 44)!...ISOWeek(year: 2026, week: 2)!
            func definition(_ scope: AnalysisScope) throws -> TimeAllocation {
                let reports: TimeAllocationReport? = switch scope {
                case .organization:
                    TimeAllocationReport.byGroup(tallies: tallies, rules: .defaults, grouping: .wholeOrganization(demo.organization.id), weeks: span, asOf: .distantFuture, calendar: .stockholm)[demo.organization.id]
                case .market(let id):
                    TimeAllocationReport.byGroup(tallies: tallies, rules: .defaults, grouping: .byMarket(demo.people), weeks: span, asOf: .distantFuture, calendar: .stockholm)[id]
                case .team(let id):
                    TimeAllocationReport.byGroup(tallies: tallies, rules: .defaults, grouping: .byTeamAndParents(demo.people, hierarchy: hierarchy), weeks: span, asOf: .distantFuture, calendar: .stockholm)[id]
                case .person(let id):
                    TimeAllocationReport.byGroup(tallies: tallies, rules: .defaults, grouping: .eachPerson, weeks: span, asOf: .distantFuture, calendar: .stockholm)[id]
                }
                return reports?.total ?? TimeAllocation()
            }

            for (name, person, decisions) in expected {
                let token = try await server.token(for: person)
                let browser = TestBrowser(server)
                try #require(try await browser.signIn(person.email).status == .ok)
                for (scope, decision) in zip(scopes, decisions) {
                    let query = "scope=\(scope)&from=\(span.lowerBound)&to=\(span.upperBound)"
                    // MUT
                    let api = try await server.api(.GET, "/api/v1/analyses/time-allocation?\(query)", token: token)
                    let reasons = try await server.api(.GET, "/api/v1/analyses/reasons?scope=\(scope)", token: token)
                    let page = try await browser.get("/execution?\(query)")
                    // validate
                    let status: HTTPResponseStatus = switch decision {
                    case .allowed: .ok
                    case .forbidden: .forbidden
                    case .notFound: .notFound
                    }
                    #expect(api.status == status, "\(name) \(scope): API \(api.status)")
                    #expect(reasons.status == status, "\(name) \(scope): reasons \(reasons.status)")
                    #expect(page.status == status, "\(name) \(scope): page \(page.status)")
                    guard decision == .allowed else { continue }
                    let total = try #require(try api.json()["total"] as? [String: Any])
                    let expectedTotal = try definition(scope)
                    #expect(total["sellingMinutes"] as? Int == expectedTotal.sellingMinutes, "\(name) \(scope)")
                    #expect(total["supportingMinutes"] as? Int == expectedTotal.supportingMinutes, "\(name) \(scope)")
                    #expect(total["internalMinutes"] as? Int == expectedTotal.internalMinutes, "\(name) \(scope)")
                }
            }
        }
    }
}
