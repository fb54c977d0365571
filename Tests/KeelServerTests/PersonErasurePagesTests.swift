import Foundation
@testable import KeelServer
import KeelStore
import SalesDomain
import Testing
import Vapor

/// Erasing a person on the web (the confirmation step names what will happen, the e-mail typed
/// back) and the retention settings page, for admins only.
@Suite(.serialized) struct PersonErasurePagesTests {
    @Test func anAdminErasesAPersonAfterTypingTheirEmail() async throws {
        try await withServer { server in
            let demo = server.demo
            let person = try #require(demo.people.last { $0.accessRole == .seller && $0.id != demo.logins.seller.id })
            let admin = TestBrowser(server)
            _ = try await admin.signIn(demo.logins.admin.email)

            // MUT: the link, the confirmation step in Swedish, a wrong e-mail, then the right one
            let profile = try await admin.get("/people/\(person.id)")
            admin.acceptLanguage = "sv"
            let confirm = try await admin.get("/people/\(person.id)/erase")
            let wrong = try await admin.post("/people/\(person.id)/erase", form: [("confirmEmail", "wrong@example.test")])
            let done = try await admin.post("/people/\(person.id)/erase", form: [("confirmEmail", person.email.uppercased())])
            let after = try await admin.get("/people/\(person.id)?notice=erased")

            // validate
            #expect(profile.text.contains("id=\"person-erase\""))
            #expect(confirm.status == .ok)
            #expect(confirm.text.contains("id=\"erasure-consequences\""))
            #expect(confirm.text.contains(ErasedIdentity(person.id).name))
            #expect(confirm.text.contains("Radera för gott"))
            #expect(wrong.status == .unprocessableEntity)
            #expect(wrong.text.contains("id=\"error-confirmEmail\""))
            #expect(done.status == .seeOther)
            #expect(done.headers.first(name: .location) == "/people/\(person.id)?notice=erased")
            #expect(after.status == .ok)
            #expect(after.text.contains("id=\"person-erased\"") && after.text.contains("id=\"notice\""))
            #expect(!after.text.contains(person.name) && !after.text.contains(person.email))
            #expect(!after.text.contains("id=\"person-erase\""), "an erased person is not offered for erasure again")

            // validate: refused to a manager, and an admin may not erase themself
            let manager = TestBrowser(server)
            _ = try await manager.signIn(demo.logins.manager.email)
            #expect(try await manager.get("/people/\(person.id)/erase").status == .forbidden)
            #expect(try await admin.get("/people/\(demo.logins.admin.id)/erase").status == .forbidden)
        }
    }

    @Test func anAdminSetsAndAppliesRetentionPeriods() async throws {
        try await withServer { server in
            let admin = TestBrowser(server)
            _ = try await admin.signIn(server.demo.logins.admin.email)

            // MUT
            let page = try await admin.get("/settings/retention")
            let refused = try await admin.post("/settings/retention", form: [("textYears", "many"), ("leaverYears", "0")])
            let saved = try await admin.post("/settings/retention", form: [("textYears", "5"), ("leaverYears", "")])
            let applied = try await admin.post("/settings/retention/apply", form: [])

            // validate
            #expect(page.status == .ok && page.text.contains("id=\"nav-retention\""))
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("id=\"error-textYears\"") && refused.text.contains("id=\"error-leaverYears\""))
            #expect(saved.status == .ok && saved.text.contains("id=\"notice\""))
            #expect(try await OrganizationSettings(database: server.app.db, organizationID: server.demo.organization.id).retentionPolicy()
                == RetentionPolicy(textYears: 5))
            #expect(applied.status == .ok && applied.text.contains("id=\"notice\""))
            let leader = TestBrowser(server)
            _ = try await leader.signIn(server.demo.logins.leader.email)
            #expect(try await leader.get("/settings/retention").status == .forbidden)
        }
    }
}
