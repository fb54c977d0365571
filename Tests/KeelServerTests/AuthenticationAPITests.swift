import Foundation
@testable import KeelServer
import KeelStore
import SalesDomain
import Testing
import Vapor

@Suite(.serialized) struct AuthenticationAPITests {
    @Test func unknownEmailAndWrongPasswordGetTheSameAnswer() async throws {
        try await withServer { server in
            let wrong = try await server.api(.POST, "/api/v1/auth/token", json: ["email": server.demo.logins.seller.email, "password": "definitely wrong"])
            let unknown = try await server.api(.POST, "/api/v1/auth/token", json: ["email": "nobody@demo.keel.test", "password": "definitely wrong"])
            #expect(wrong.status == .unauthorized && unknown.status == .unauthorized)
            #expect(wrong.text == unknown.text)
            #expect(wrong.error?.field == "password")
            let missing = try await server.api(.POST, "/api/v1/auth/token", json: ["email": "x@y.se"])
            #expect(missing.status == .badRequest && missing.error?.field == "password")
        }
    }

    @Test func repeatedFailuresLockTheAccountForAWhile() async throws {
        try await withServer { server in
            let seller = server.demo.logins.seller
            for _ in 0..<LoginThrottlePolicy.perAccount.maximumFailures {
                #expect(try await server.api(.POST, "/api/v1/auth/token", json: ["email": seller.email, "password": "wrong password!"]).status == .unauthorized)
            }
            let locked = try await server.api(.POST, "/api/v1/auth/token", json: ["email": seller.email, "password": TestServer.password])
            #expect(locked.status == .tooManyRequests)
            #expect(locked.headers.first(name: .retryAfter) == "900")
            server.clock.advance(by: LoginThrottlePolicy.perAccount.lockout + 1)
            #expect(try await server.api(.POST, "/api/v1/auth/token", json: ["email": seller.email, "password": TestServer.password]).status == .created)
        }
    }

    /// 24 wrong passwords at once: the policy's five are evaluated, the rest refused unheard,
    /// none fails, and the account is locked afterwards.
    @Test func aBurstOfGuessesIsCountedOneByOne() async throws {
        try await withServer { server in
            let seller = server.demo.logins.seller
            let statuses = try await withThrowingTaskGroup(of: UInt.self) { group in
                for index in 0..<24 {
                    group.addTask {
                        try await server.api(.POST, "/api/v1/auth/token", json: ["email": seller.email, "password": "guess number \(index)"]).status.code
                    }
                }
                return try await group.reduce(into: [UInt: Int]()) { $0[$1, default: 0] += 1 }
            }
            #expect(statuses[401] == LoginThrottlePolicy.perAccount.maximumFailures)
            #expect(statuses[429] == 24 - LoginThrottlePolicy.perAccount.maximumFailures)
            let locked = try await server.api(.POST, "/api/v1/auth/token", json: ["email": seller.email, "password": TestServer.password])
            #expect(locked.status == .tooManyRequests)
        }
    }

    @Test func expiredAndMadeUpTokensAreRefused() async throws {
        try await withServer { server in
            let token = try await server.token(for: server.demo.logins.manager)
            #expect(try await server.api(.GET, "/api/v1/me", token: token).status == .ok)
            let madeUp = try await server.api(.GET, "/api/v1/me", token: "made-up")
            #expect(madeUp.status == .unauthorized && madeUp.error?.code == "invalid_token")
            #expect(madeUp.error?.field == "Authorization")
            server.clock.advance(by: server.app.keel.configuration.tokenLifetime + 1)
            let expired = try await server.api(.GET, "/api/v1/me", token: token)
            #expect(expired.status == .unauthorized && expired.error?.code == "invalid_token")
        }
    }

    @Test func aPasswordChangeRevokesEveryTokenAndSession() async throws {
        try await withServer { server in
            let manager = server.demo.logins.manager
            let token = try await server.token(for: manager)
            let browser = TestBrowser(server)
            try await browser.signIn(manager.email)
            #expect(try await browser.get("/organization").status != .seeOther)
            #expect(try await server.api(.GET, "/api/v1/me", token: token).status == .ok)

            try await Accounts(database: server.app.db).setPasswordHash(
                try await server.app.password.async.hash("a whole new passphrase"), for: manager.id, at: server.clock.now)

            let revoked = try await server.api(.GET, "/api/v1/me", token: token)
            #expect(revoked.status == .unauthorized && revoked.error?.code == "invalid_token")
            #expect(try await browser.get("/people/\(manager.id)").status == .seeOther, "the web session ended too")
        }
    }

    @Test func meDescribesTheCallersScope() async throws {
        try await withServer { server in
            let me = try await server.api(.GET, "/api/v1/me", token: try await server.token(for: server.demo.logins.manager)).json()
            #expect(me["scope"] as? String == "team_subtree")
            #expect(me["capabilities"] as? [String] == ["read_own_records", "read_others"])
            let leader = try await server.api(.GET, "/api/v1/me", token: try await server.token(for: server.demo.logins.leader)).json()
            #expect(leader["capabilities"] as? [String] == ["read_own_records", "read_others", "read_organization", "import_data", "configure_rules"])
            #expect((me["organization"] as? [String: Any])?["slug"] as? String == "demo")
            #expect((me["team"] as? [String: Any])?["id"] as? String != nil)
        }
    }

    @Test func aSessionCookieDoesNotAuthorizeTheAPI() async throws {
        try await withServer { server in
            let browser = TestBrowser(server)
            try await browser.signIn(server.demo.logins.admin.email)
            let cookie = browser.cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
            let exchange = try await server.send(.GET, "/api/v1/me", headers: ["Cookie": cookie])
            #expect(exchange.status == .unauthorized)
        }
    }
}
