import Foundation
import Testing
@testable import SalesDomain

/// The competence rules the results page, the rating history and their API answers share.
@Suite struct CompetenceAccessRuleTests {
    let hierarchy = TeamHierarchy(Fixture.teams)
    let seller = Fixture.person(10, team: 3)
    let manager = Fixture.person(20, role: .manager, team: 2)
    let norwayLeader = Fixture.person(31, role: .leader, team: 5, market: Fixture.norway, leads: [Fixture.norway])
    let leader = Fixture.person(30, role: .leader, team: 1, market: nil)

    func policy(_ person: Person) -> AccessPolicy { AccessPolicy(viewer: Viewer(person), hierarchy: hierarchy) }

    @Test func aPersonReadsTheirOwnResultsOnlyOnceTheCycleHasClosed() throws {
        let whileOpen = #expect(throws: FieldError.self) {
            try policy(seller).readResults(of: seller, cycleName: "Spring", cycleIsClosed: false)
        }
        #expect(whileOpen?.code == .conflict)
        #expect(whileOpen?.field == "cycleID")
        #expect(whileOpen?.problem == Problem(.resultsShownAfterClose, ["name": "Spring"]))
        try policy(seller).readResults(of: seller, cycleName: "Spring", cycleIsClosed: true)
        // Their manager reads them while the cycle runs.
        try policy(manager).readResults(of: seller, cycleName: "Spring", cycleIsClosed: false)
    }

    @Test func someoneOutOfReachHasNoResults() {
        let refusal = #expect(throws: AccessRefused.self) {
            try policy(norwayLeader).readResults(of: seller, cycleName: "Spring", cycleIsClosed: true)
        }
        #expect(refusal == AccessRefused(.notFound, entity: "person", field: "personID"))
    }

    @Test func aRatingsHistoryIsForItsRaterAndLeadersWhoReadTheRatee() {
        let rating = Rating(
            id: .init(UUID()), cycleID: .init(UUID()), raterID: manager.id, rateeID: seller.id, competencyID: .init(UUID()),
            source: .manager, level: 3, updatedAt: Date(timeIntervalSince1970: 0))
        #expect(policy(manager).readHistory(of: rating, ratee: seller) == .allowed)
        #expect(policy(leader).readHistory(of: rating, ratee: seller) == .allowed)
        #expect(policy(norwayLeader).readHistory(of: rating, ratee: seller) == .notFound)
        // The ratee is not told who rated them how, step by step.
        #expect(policy(seller).readHistory(of: rating, ratee: seller) == .notFound)
        #expect(policy(Fixture.person(21, role: .manager, team: 2)).readHistory(of: rating, ratee: seller) == .notFound)
    }

    /// | viewer                 | seller 10's trends | comment on seller 10's results |
    /// |------------------------|--------------------|--------------------------------|
    /// | seller 10 (themselves) | yes                | yes                            |
    /// | manager of team 2      | yes                | forbidden: not the person      |
    /// | leader of Norway       | not found          | not found                      |
    /// | leader                 | yes                | forbidden                      |
    /// | admin                  | yes                | forbidden                      |
    @Test func trendsAreForWhoeverReadsThePersonAndTheCommentForThePersonAlone() {
        let admin = Fixture.person(40, role: .admin, team: 1, market: nil)
        let outOfReach = AccessRefused(.notFound, entity: "person", field: "personID")
        let notTheirs = AccessRefused(.forbidden, entity: "result comment", field: "personID", problem: Problem(.onlyRateeComments))
        for viewer in [seller, manager, leader, admin] {
            #expect(throws: Never.self) { try policy(viewer).readTrends(of: seller) }
        }
        #expect(throws: outOfReach) { try policy(norwayLeader).readTrends(of: seller) }

        #expect(throws: Never.self) { try policy(seller).commentOnResults(of: seller) }
        for viewer in [manager, leader, admin] {
            #expect(throws: notTheirs) { try policy(viewer).commentOnResults(of: seller) }
        }
        #expect(throws: outOfReach) { try policy(norwayLeader).commentOnResults(of: seller) }
        // A seller reads no colleague, so cannot tell theirs exists.
        #expect(throws: outOfReach) { try policy(Fixture.person(11, team: 3)).commentOnResults(of: seller) }
    }
}
