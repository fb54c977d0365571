import Foundation
@testable import KeelServer
import KeelStore
import SalesDomain
import Testing
import Vapor

/// Setting passwords on the web and through the API: an admin resets someone's (linked from the
/// person page, the person signed out everywhere), a person changes their own with their current
/// one (signed out elsewhere, not here); every problem at once, nothing stored then, audited
/// without the password.
@Suite(.serialized) struct PasswordPagesTests {
    static let newPassword = "a new and longer passphrase"

    @Test func anAdminResetsASellersPasswordAndSignsThemOutEverywhere() async throws {
        try await withServer { server in
            let demo = server.demo
            let seller = demo.logins.seller
            let sellersBrowser = TestBrowser(server)
            _ = try await sellersBrowser.signIn(seller.email)
            let sellersToken = try await server.token(for: seller)
            let admin = TestBrowser(server)
            _ = try await admin.signIn(demo.logins.admin.email)

            // MUT
            let profile = try await admin.get("/people/\(seller.id)")
            let form = try await admin.get("/people/\(seller.id)/password")
            let refused = try await admin.post("/people/\(seller.id)/password", form: [("newPassword", "short"), ("confirmPassword", "other")])
            let oldStillWorks = try await Self.signsIn(server, seller.email, TestServer.password)
            let done = try await admin.post("/people/\(seller.id)/password",
                                            form: [("newPassword", Self.newPassword), ("confirmPassword", Self.newPassword)])
            let after = try await admin.get("/people/\(seller.id)?notice=password")

            // validate: linked where an admin looks, no current password asked, every problem at once
            #expect(profile.text.contains("id=\"set-password\"") && profile.text.contains("href=\"/people/\(seller.id)/password\""))
            #expect(form.status == .ok && form.text.contains("name=\"newPassword\"") && !form.text.contains("name=\"currentPassword\""))
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("id=\"error-newPassword\"") && refused.text.contains("id=\"error-confirmPassword\""))
            #expect(oldStillWorks, "nothing was stored for a refused form")
            #expect(done.status == .seeOther && done.headers.first(name: .location) == "/people/\(seller.id)?notice=password")
            #expect(after.text.contains("id=\"notice\""))
            // validate: the seller's session and token open nothing; only the new password signs in
            #expect(try await sellersBrowser.get("/people/\(seller.id)").status != .ok)
            #expect(try await server.api(.GET, "/api/v1/me", token: sellersToken).status == .unauthorized)
            #expect(try await Self.signsIn(server, seller.email, Self.newPassword))
            #expect(try await !Self.signsIn(server, seller.email, TestServer.password))
            // validate: audited by the admin, about the seller, without the password or its hash
            let log = try await AuditLog(database: server.app.db, organizationID: demo.organization.id)
                .report(AuditQuery(person: seller.id, kind: .password), for: Self.adminPolicy(server))
            let event = try #require(log.events.first)
            #expect(event.actorID == demo.logins.admin.id && event.changes["sessionsEnded"]?.new == "1")
            #expect(!event.changes.values.contains { [$0.old, $0.new].contains(Self.newPassword) || ($0.new ?? "").hasPrefix("$2") })
            // validate: the change history on the person page says who set it
            #expect(after.text.contains("id=\"audit-trail\"") && after.text.contains(Node.escape(demo.logins.admin.name)))
        }
    }

    @Test func aSellerChangesTheirOwnPasswordWithTheCurrentOne() async throws {
        try await withServer { server in
            let seller = server.demo.logins.seller
            let elsewhere = TestBrowser(server)
            _ = try await elsewhere.signIn(seller.email)
            let browser = TestBrowser(server)
            _ = try await browser.signIn(seller.email)
            browser.acceptLanguage = "sv"

            // MUT
            let profile = try await browser.get("/people/\(seller.id)")
            let form = try await browser.get("/people/\(seller.id)/password")
            let refused = try await browser.post("/people/\(seller.id)/password", form: [
                ("currentPassword", "not my password"), ("newPassword", "short"), ("confirmPassword", "short"),
            ])
            let done = try await browser.post("/people/\(seller.id)/password", form: [
                ("currentPassword", TestServer.password), ("newPassword", Self.newPassword), ("confirmPassword", Self.newPassword),
            ])
            let after = try await browser.get("/people/\(seller.id)?notice=password")

            // validate: on "My profile", the current password asked, every problem at once in Swedish
            #expect(profile.text.contains("id=\"set-password\""))
            #expect(form.status == .ok && form.text.contains("name=\"currentPassword\""))
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("id=\"error-currentPassword\"") && refused.text.contains("id=\"error-newPassword\""))
            #expect(refused.text.contains(Node.escape(Localizer(.swedish)(Problem(.currentPasswordWrong)))))
            #expect(done.status == .seeOther)
            // validate: signed in here still, signed out elsewhere
            #expect(after.status == .ok && after.text.contains("id=\"notice\""))
            #expect(try await elsewhere.get("/people/\(seller.id)").status != .ok)
            #expect(try await Self.signsIn(server, seller.email, Self.newPassword))
            // validate: nobody else's password page opens for a seller
            let teammate = try #require(server.demo.people.first { $0.teamID == seller.teamID && $0.id != seller.id })
            #expect([.forbidden, .notFound].contains(try await browser.get("/people/\(teammate.id)/password").status))
            #expect([.forbidden, .notFound].contains(
                try await browser.post("/people/\(teammate.id)/password", form: [("newPassword", Self.newPassword)]).status))
        }
    }

    @Test func theAPISetsAPasswordTheSameWay() async throws {
        try await withServer { server in
            let seller = server.demo.logins.seller
            let token = try await server.token(for: seller)
            let other = try await server.token(for: seller)

            // MUT
            let wrong = try await server.api(.PUT, "/api/v1/people/\(seller.id)/password", token: token,
                                             json: ["currentPassword": "wrong", "newPassword": "short"])
            let done = try await server.api(.PUT, "/api/v1/people/\(seller.id)/password", token: token,
                                            json: ["currentPassword": TestServer.password, "newPassword": Self.newPassword])

            // validate
            #expect(wrong.status == .unprocessableEntity)
            let fields = try (wrong.json()["problems"] as? [[String: Any]] ?? []).compactMap { $0["field"] as? String }
            #expect(Set(fields) == ["currentPassword", "newPassword"], "\(wrong.text)")
            #expect(done.status == .noContent)
            #expect(try await server.api(.GET, "/api/v1/me", token: token).status == .ok, "the token of the change stays valid")
            #expect(try await server.api(.GET, "/api/v1/me", token: other).status == .unauthorized)
        }
    }

    @Test func wrongCurrentPasswordsAreThrottledLikeSignIns() async throws {
        try await withServer { server in
            let seller = server.demo.logins.seller
            let token = try await server.token(for: seller)
            let browser = TestBrowser(server)
            _ = try await browser.signIn(seller.email)
            browser.acceptLanguage = "sv"
            let path = "/api/v1/people/\(seller.id)/password"

            // MUT: a burst of wrong guesses at once, more than the account's policy allows
            let statuses = try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
                for guess in 0..<12 {
                    group.addTask {
                        try await server.api(.PUT, path, token: token,
                                             json: ["currentPassword": "guess \(guess)", "newPassword": Self.newPassword]).status
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            let right = try await server.api(.PUT, path, token: token,
                                             json: ["currentPassword": TestServer.password, "newPassword": Self.newPassword])
            let web = try await browser.post("/people/\(seller.id)/password", form: [
                ("currentPassword", TestServer.password), ("newPassword", Self.newPassword), ("confirmPassword", Self.newPassword),
            ])

            // validate: no more guesses checked than the sign-in policy allows, the rest refused unchecked
            let evaluated = statuses.filter { $0 == .unprocessableEntity }.count
            #expect(evaluated <= LoginThrottlePolicy.perAccount.maximumFailures, "\(statuses)")
            #expect(statuses.allSatisfy { [.unprocessableEntity, .tooManyRequests].contains($0) }, "\(statuses)")
            #expect(statuses.contains(.tooManyRequests))
            // validate: while locked even the right password is not checked, with when to come back
            #expect(right.status == .tooManyRequests)
            #expect(try right.json()["error"].flatMap { ($0 as? [String: Any])?["field"] as? String } == "currentPassword")
            #expect(Int(right.headers.first(name: .retryAfter) ?? "") ?? 0 > 0)
            // validate: the web form says so in the reader's language, and the password is unchanged
            #expect(web.status == .tooManyRequests)
            #expect(web.text.contains("id=\"error-currentPassword\""))
            #expect(web.text.contains(Node.escape(Localizer(.swedish)(Problem(.currentPasswordThrottled, ["minutes": "15"])))))
            // validate: one budget with sign-in — the account is locked there too
            #expect(try await server.api(.POST, "/api/v1/auth/token",
                                         json: ["email": seller.email, "password": TestServer.password]).status == .tooManyRequests)
        }
    }

    static func signsIn(_ server: TestServer, _ email: String, _ password: String) async throws -> Bool {
        try await server.api(.POST, "/api/v1/auth/token", json: ["email": email, "password": password]).status == .created
    }

    static func adminPolicy(_ server: TestServer) async throws -> AccessPolicy {
        try await Directory(database: server.app.db, organizationID: server.demo.organization.id).accessPolicy(for: server.demo.logins.admin)
    }
}
