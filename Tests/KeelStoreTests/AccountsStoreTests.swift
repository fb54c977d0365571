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
        func attemptsAreCountedPerKeyUntilTheKeyLocks(_ backend: StoreBackend) async throws {
            try await withStore(backend) { database in
                let accounts = Accounts(database: database)
                let policy = LoginThrottlePolicy(maximumFailures: 3, window: 600, lockout: 900)
                let keys = [(key: "account:a@b.se", policy: policy), (key: "address:1.2.3.4", policy: LoginThrottlePolicy.perAddress)]
                for _ in 0..<3 { #expect(try await accounts.admitSignIn(keys, at: StoreFixture.now) == nil) }
                #expect(try await accounts.admitSignIn(keys, at: StoreFixture.now) == StoreFixture.now.addingTimeInterval(900))
                #expect(try await accounts.throttleState("address:1.2.3.4")?.failures == 3)
                try await accounts.refundSignIn("address:1.2.3.4")
                #expect(try await accounts.throttleState("address:1.2.3.4")?.failures == 2)
                try await accounts.clearThrottle("account:a@b.se")
                #expect(try await accounts.throttleState("account:a@b.se") == nil)
                #expect(try await accounts.admitSignIn(keys, at: StoreFixture.now) == nil)
            }
        }

        /// Attempts that arrive together are counted one after another: exactly the policy's
        /// number is let through.
        @Test(arguments: StoreBackend.available)
        func aBurstOfAttemptsLetsThroughOnlyThePolicysNumber(_ backend: StoreBackend) async throws {
            try await withStore(backend) { database in
                let accounts = Accounts(database: database)
                let keys = [(key: "account:burst@b.se", policy: LoginThrottlePolicy.perAccount)]
                let admitted = try await withThrowingTaskGroup(of: Bool.self) { group in
                    for _ in 0..<24 { group.addTask { try await accounts.admitSignIn(keys, at: StoreFixture.now) == nil } }
                    return try await group.reduce(0) { $0 + ($1 ? 1 : 0) }
                }
                #expect(admitted == LoginThrottlePolicy.perAccount.maximumFailures)
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
