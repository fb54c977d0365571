import Foundation
@testable import KeelServer
import KeelStore
import SalesDomain
import Testing
import Vapor

/// The digest on the web: reached from the start page, turned off and on with the form, a value
/// the form never sends refused in the reader's language, and the outbox for admins only.
@Suite(.serialized) struct DigestPagesTests {
    @Test func aSellerFindsTheirDigestTurnsItOffAndOnAndOnlyAdminsSeeTheOutbox() async throws {
        try await withServer(sellers: 12) { server in
            let seller = TestBrowser(server)
            _ = try await seller.signIn(server.demo.logins.seller.email)
            seller.acceptLanguage = "sv"

            // MUT
            let start = try await seller.get("/")
            let page = try await seller.get("/digest")
            let off = try await seller.post("/digest", form: [("enabled", "off")])
            let afterOff = try await seller.get("/digest?saved=off")
            let bad = try await seller.post("/digest", form: [("enabled", "kanske")])
            let on = try await seller.post("/digest", form: [("enabled", "on")])
            let outbox = try await seller.get("/admin/outbox")

            // validate
            #expect(start.text.contains("href=\"/digest\""))
            #expect(page.status == .ok && page.text.contains("id=\"digest-not-configured\"") && page.text.contains("id=\"digest-preview\""))
            #expect(page.text.contains("Din veckosammanfattning är på"))
            #expect(off.status == .seeOther && off.headers.first(name: .location) == "/digest?saved=off")
            #expect(afterOff.text.contains("id=\"notice\"") && afterOff.text.contains("avstängd") && afterOff.text.contains("value=\"on\""))
            #expect(bad.status == .unprocessableEntity && bad.text.contains("kanske"))
            #expect(on.status == .seeOther)
            let store = try await DigestStore.of(database: server.app.db, organizationID: server.demo.organization.id)
            #expect(try await store.preference(of: server.demo.logins.seller.id) == DigestPreference(enabled: true, chosen: true))
            #expect(outbox.status == .forbidden)

            let admin = TestBrowser(server)
            _ = try await admin.signIn(server.demo.logins.admin.email)
            let adminStart = try await admin.get("/")
            let adminOutbox = try await admin.get("/admin/outbox")
            #expect(adminStart.text.contains("href=\"/admin/outbox\""))
            #expect(adminOutbox.status == .ok && adminOutbox.text.contains("id=\"outbox-not-configured\"") && adminOutbox.text.contains("id=\"outbox-empty\""))
        }
    }
}
