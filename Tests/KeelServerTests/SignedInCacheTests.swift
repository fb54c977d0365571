import Foundation
@testable import KeelServer
import KeelStore
import SalesDomain
import SQLKit
import Testing
import Vapor

/// A node remembers who a session or token belongs to for a few seconds: its own writes count
/// at once, a change it did not make counts once the lifetime has passed.
@Suite(.serialized) struct SignedInCacheTests {
    @Test func aChangeMadeElsewhereCountsAfterTheLifetime() async throws {
        try await withServer(signedInCache: 30) { server in
            let seller = server.demo.logins.seller
            let token = try await server.token(for: seller)
            let first = try await server.api(.GET, "/api/v1/me", token: token)

            // MUT: the token revoked as another node or the command line would, not through this one
            try await server.app.db.transaction { database in
                try await Accounts(database: database).revokeToken(hash: Secret.hash(token), at: server.clock.now)
            }
            let soon = try await server.api(.GET, "/api/v1/me", token: token)
            server.clock.advance(by: 31)
            let later = try await server.api(.GET, "/api/v1/me", token: token)

            // validate
            #expect(first.status == .ok && soon.status == .ok, "remembered for the lifetime")
            #expect(soon.text == first.text)
            #expect(later.status == .unauthorized)
        }
    }

    @Test func aWriteThroughThisNodeCountsAtOnce() async throws {
        try await withServer(signedInCache: 30) { server in
            let demo = server.demo
            let seller = demo.logins.seller
            let sellersToken = try await server.token(for: seller)
            let adminsToken = try await server.token(for: demo.logins.admin)
            let managersToken = try await server.token(for: demo.logins.manager)
            let browser = TestBrowser(server)
            _ = try await browser.signIn(seller.email)
            #expect(try await server.api(.GET, "/api/v1/me", token: sellersToken).status == .ok)
            #expect(try await browser.get("/people/\(seller.id)").status == .ok)
            let managersMe = try await server.api(.GET, "/api/v1/me", token: managersToken)

            // MUT: an administrator deactivates the seller through the API
            let deactivated = try await server.api(.DELETE, "/api/v1/people/\(seller.id)", token: adminsToken)

            // validate: the seller's token and session are refused on the very next request
            #expect(deactivated.status == .ok)
            #expect(try await server.api(.GET, "/api/v1/me", token: sellersToken).status == .unauthorized)
            #expect(try await browser.get("/people/\(seller.id)").status != .ok)
            // validate: others in the organization are read afresh — the manager's team counts one fewer
            let managersAfter = try await server.api(.GET, "/api/v1/me", token: managersToken)
            let headcount = { (exchange: TestServer.Exchange) in
                ((try? exchange.json())?["team"] as? [String: Any])?["headcount"] as? Int
            }
            if seller.teamID == demo.logins.manager.teamID {
                #expect(headcount(managersAfter) == headcount(managersMe).map { $0 - 1 })
            }
        }
    }

    @Test func theMarketsAreRememberedLikeMeAndForgottenWithTheOrganizationsNextWrite() async throws {
        try await withServer(signedInCache: 30) { server in
            let leader = try await server.token(for: server.demo.logins.leader)
            let names = { (exchange: TestServer.Exchange) in
                Set(((try? exchange.json())?["items"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String })
            }
            let before = names(try await server.api(.GET, "/api/v1/markets", token: leader))
            let market = try #require(server.demo.markets.first)

            // MUT: renamed out of band, then a write through this node in the organization
            try await (server.app.db as! any SQLDatabase)
                .raw("UPDATE markets SET name = 'Renamed market' WHERE id = \(bind: market.id.rawValue)").run()
            let soon = names(try await server.api(.GET, "/api/v1/markets", token: leader))
            let policy = try await server.api(.GET, "/api/v1/diagnosis/policy", token: leader).json()
            #expect(try await server.api(.PUT, "/api/v1/diagnosis/policy", token: leader, json: policy).status == .ok)
            let after = names(try await server.api(.GET, "/api/v1/markets", token: leader))

            // validate
            #expect(before.contains(market.name) && soon == before, "remembered for the lifetime")
            #expect(after.contains("Renamed market") && !after.contains(market.name))
        }
    }

    @Test func aReadThatRacedAWriteIsNotRemembered() {
        let cache = SignedInCache(lifetime: 30)
        let now = Date(timeIntervalSince1970: 1_767_571_200)
        let organization = Organization.ID(UUID())
        let person = Person(id: .init(UUID()), organizationID: organization, name: "Astrid", email: "astrid@example.com",
                            jobRole: .accountExecutive, accessRole: .seller)
        let signedIn = SignedIn(person: person, credential: .bearer(tokenHash: "t"))

        // MUT: a write in another organization ends between the mark and the remembering
        let mark = cache.mark
        cache.forget(organization: .init(UUID()))
        cache.remember(signedIn, for: "t", now: now, readSince: mark)
        let afterRace = cache.entry(for: "t", now: now)
        cache.remember(signedIn, for: "t", now: now, readSince: cache.mark)
        let remembered = cache.entry(for: "t", now: now.addingTimeInterval(29))
        let expired = cache.entry(for: "t", now: now.addingTimeInterval(30))
        cache.remember(signedIn, for: "t", now: now, readSince: cache.mark)
        cache.forget(organization: organization)
        let forgotten = cache.entry(for: "t", now: now)

        // validate
        #expect(afterRace == nil)
        #expect(remembered?.signedIn.person.id == person.id)
        #expect(expired == nil)
        #expect(forgotten == nil)
    }
}
