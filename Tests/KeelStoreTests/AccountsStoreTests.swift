import FluentKit
import Foundation
import KeelStore
import SalesDomain
import Testing

extension StoreSuites {
    @Suite struct AccountsStoreTests {
        @Test(arguments: StoreBackend.available)
        func credentialsAreFoundByEmailInAnyCase(_ backend: StoreBackend) async throws {
            try await withStore(backend) { database in
                let demo = StoreFixture.demo()
                try await Organizations(database: database).store(demo, passwordHashes: [demo.logins.admin.id: "$2b$hash"])
                let accounts = Accounts(database: database)
                let found = try await accounts.credentials(email: "ADMIN@demo.keel.test")
                #expect(found?.person.id == demo.logins.admin.id)
                #expect(found?.passwordHash == "$2b$hash")
                #expect(try await accounts.credentials(email: "nobody@demo.keel.test") == nil)
            }
        }

        @Test(arguments: StoreBackend.available)
        func sessionsAndTokensExpireAndRevoke(_ backend: StoreBackend) async throws {
            try await withStore(backend) { database in
                let demo = StoreFixture.demo()
                try await Organizations(database: database).store(demo, passwordHashes: [:])
                let accounts = Accounts(database: database)
                let person = demo.logins.manager
                let hour = StoreFixture.now.addingTimeInterval(3600)
                try await accounts.createSession(idHash: "abc", for: person, csrfToken: "csrf", at: StoreFixture.now, expiresAt: hour)
                #expect(try await accounts.session(idHash: "abc", now: StoreFixture.now)?.csrfToken == "csrf")
                #expect(try await accounts.session(idHash: "abc", now: hour) == nil)
                try await accounts.deleteSession(idHash: "abc")
                #expect(try await accounts.session(idHash: "abc", now: StoreFixture.now) == nil)

                try await accounts.createToken(hash: "tok", for: person, label: "ci", at: StoreFixture.now, expiresAt: hour)
                #expect(try await accounts.tokenOwner(hash: "tok", now: StoreFixture.now)?.id == person.id)
                #expect(try await accounts.tokenOwner(hash: "tok", now: hour) == nil)
                try await accounts.revokeToken(hash: "tok", at: StoreFixture.now)
                #expect(try await accounts.tokenOwner(hash: "tok", now: StoreFixture.now) == nil)
            }
        }

        @Test(arguments: StoreBackend.available)
        func throttleStateIsKeptPerKey(_ backend: StoreBackend) async throws {
            try await withStore(backend) { database in
                let accounts = Accounts(database: database)
                let state = LoginThrottleState(failures: 2, windowStart: StoreFixture.now, lockedUntil: nil)
                try await accounts.saveThrottleState(state, for: "account:a@b.se")
                #expect(try await accounts.throttleState("account:a@b.se") == state)
                var locked = state
                locked.lockedUntil = StoreFixture.now.addingTimeInterval(900)
                try await accounts.saveThrottleState(locked, for: "account:a@b.se")
                #expect(try await accounts.throttleState("account:a@b.se") == locked)
                #expect(try await accounts.throttleState("address:1.2.3.4") == nil)
                try await accounts.clearThrottle("account:a@b.se")
                #expect(try await accounts.throttleState("account:a@b.se") == nil)
            }
        }

        @Test(arguments: StoreBackend.available)
        func aSecondOrganizationWithTheSameSlugIsRefused(_ backend: StoreBackend) async throws {
            try await withStore(backend) { database in
                try await Organizations(database: database).store(StoreFixture.demo(seed: 1), passwordHashes: [:])
                await #expect(throws: FieldError.self) {
                    try await Organizations(database: database).store(StoreFixture.demo(seed: 2), passwordHashes: [:])
                }
                #expect(try await Organizations(database: database).count() == 1)
            }
        }
    }
}
