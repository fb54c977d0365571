import Foundation
import KeelStore
import SalesDomain
import Testing

extension TestServer {
    /// A seller, a manager, a leader of one market, a leader and an admin of the demo
    /// organization, each able to sign in: the five readers a screen's page and API are compared for.
    func viewersOfEachRole() async throws -> [(name: String, person: Person)] {
        let marketLeader = try #require(demo.people.first { $0.accessRole == .leader && $0.leaderMarketIDs.count == 1 })
        try await Accounts(database: app.db).setPasswordHash(try await app.password.async.hash(Self.password), for: marketLeader.id, at: clock.now)
        return [
            ("seller", demo.logins.seller), ("manager", demo.logins.manager), ("leader of one market", marketLeader),
            ("leader", demo.logins.leader), ("admin", demo.logins.admin),
        ]
    }

    /// `person`'s API token and a browser signed in as them.
    func signedIn(_ person: Person) async throws -> (token: String, browser: TestBrowser) {
        let browser = TestBrowser(self)
        try #require(try await browser.signIn(person.email).status == .ok)
        return (try await token(for: person), browser)
    }
}
