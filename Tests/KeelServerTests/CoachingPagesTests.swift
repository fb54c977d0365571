import Foundation
@testable import KeelServer
import KeelStore
import SalesDomain
import Testing

/// The coaching pages as each role uses them: a manager plans from the suggestion, runs the
/// session and cannot complete it without a next step; the seller sees and completes it on
/// their start page; leaders read the rhythm without the conversations.
@Suite(.serialized) struct CoachingPagesTests {
    @Test func aManagerRunsASessionFromTheSuggestionAndTheSellerCompletesTheNextStep() async throws {
        try await withServer { server in
            try await CoachingAPITests.seed(server)
            let manager = server.demo.logins.manager
            let seller = server.demo.logins.seller
            let browser = TestBrowser(server)
            try await browser.signIn(manager.email)

            let overview = try await browser.get("/coaching")
            #expect(overview.status == .ok)
            #expect(overview.text.contains("id=\"coaching-seller-\(seller.id)\""))
            #expect(overview.text.contains("id=\"plan-\(seller.id)\""))

            let form = try await browser.get("/coaching/sessions/new?seller=\(seller.id)&type=skill")
            #expect(form.status == .ok)
            #expect(form.text.contains("id=\"plan-form\""))
            let planned = try await browser.post("/coaching/sessions", form: [
                ("sellerID", seller.id.description), ("type", "skill"), ("date", "2026-01-08"), ("time", "10:30"), ("durationMinutes", "45"),
                ("focus", ""),
            ])
            #expect(planned.status == .seeOther)
            let location = try #require(planned.headers.first(name: .location))
            let page = try await browser.get(location)
            #expect(page.text.contains("id=\"complete-form\""))
            #expect(page.text.contains("10:30"), "the time as planned, in the organization's time zone")

            // Without a next step and without following up: refused, every problem on the page, nothing stored.
            let refused = try await browser.post(location + "/complete", form: [("notes", "Good talk"), ("step-0-text", "")])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("id=\"form-error\""))
            #expect(refused.text.contains(Localizer(.english)(Problem(.nextStepRequired))))
            #expect(refused.text.contains("Good talk"), "what was typed is kept")

            // Followed up and with a next step: completed.
            let store = try await CoachingStore.of(database: server.app.db, organizationID: server.demo.organization.id)
            let policy = AccessPolicy(viewer: Viewer(manager), hierarchy: TeamHierarchy(server.demo.teams))
            let open = try await store.openItems(of: seller.id, for: policy)
            let completed = try await browser.post(location + "/complete", form: open.map { ("review-\($0.id)", "carried_over") } + [
                ("step-0-text", "Role-play the price objection"), ("step-0-owner", seller.id.description),
                ("step-0-due", "2026-01-15"), ("step-0-link", ""),
            ])
            #expect(completed.status == .seeOther)
            let after = try await browser.follow(try #require(completed.headers.first(name: .location)))
            #expect(after.text.contains("id=\"session-notice\""))
            #expect(after.text.contains("Role-play the price objection"))

            // The seller sees the step on their start page and marks it done there.
            let sellerBrowser = TestBrowser(server)
            let start = try await sellerBrowser.signIn(seller.email)
            #expect(start.text.contains("id=\"start-commitments\""))
            let item = try #require(try await store.openItems(of: seller.id, for: policy).first { $0.text == "Role-play the price objection" })
            #expect(start.text.contains("id=\"commitment-\(item.id)\""))
            let done = try await sellerBrowser.post("/coaching/action-items/\(item.id)/done", form: [("return", "/")])
            #expect(done.status == .seeOther)
            #expect(try await store.openItems(of: seller.id, for: policy).allSatisfy { $0.id != item.id })
            #expect(try await sellerBrowser.get("/coaching/sessions/new").status == .forbidden)
            #expect(!(try await sellerBrowser.get(location).text.contains("id=\"complete-form\"")), "the seller reads the session, never runs it")
        }
    }

    /// A seller opens `/coaching` for their own sessions and next steps (issue 13): each session
    /// one click from its page, no coach's load, and the API's twin says the same.
    @Test func aSellersCoachingPageListsTheirOwnSessionsAndNextSteps() async throws {
        try await withServer { server in
            try await CoachingAPITests.seed(server)
            let seller = server.demo.logins.seller
            let store = try await CoachingStore.of(database: server.app.db, organizationID: server.demo.organization.id)
            let policy = AccessPolicy(viewer: Viewer(seller), hierarchy: TeamHierarchy(server.demo.teams))
            let own = try #require(try await store.overview(
                .lastWholeMonths(scope: .person(seller.id), asOf: server.clock.now, calendar: .stockholm), for: policy).person)
            #expect(!own.past.isEmpty && !own.commitments.isEmpty)

            let browser = TestBrowser(server)
            try await browser.signIn(seller.email)
            let page = try await browser.get("/coaching")
            #expect(page.status == .ok)
            #expect(page.text.contains("id=\"coaching-upcoming\"") && page.text.contains("id=\"coaching-past\""))
            for session in own.upcoming + own.past { #expect(page.text.contains("href=\"/coaching/sessions/\(session.id)\"")) }
            for item in own.commitments {
                #expect(page.text.contains("id=\"commitment-\(item.id)\""))
                #expect(page.text.contains("id=\"done-\(item.id)\""), "the seller marks their next steps done here too")
            }
            #expect(!page.text.contains("id=\"coaching-coaches\"") && !page.text.contains("id=\"coaching-sellers\""))
            #expect(!page.text.contains(Localizer(.english)(.coachingCoachesTitle)))

            let api = try await server.api(.GET, "/api/v1/coaching", token: try await server.token(for: seller))
            #expect(api.status == .ok)
            let body = try api.json()
            #expect((body["coaches"] as? [Any])?.isEmpty == true)
            let person = try #require(body["person"] as? [String: Any])
            #expect((person["past"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == own.past.map(\.id.rawValue.uuidString))
            #expect((person["commitments"] as? [[String: Any]])?.count == own.commitments.count)
        }
    }

    @Test func leadersReadTheRhythmAndARefusedFormSpeaksSwedish() async throws {
        try await withServer { server in
            try await CoachingAPITests.seed(server)
            let leader = TestBrowser(server)
            try await leader.signIn(server.demo.logins.leader.email)
            let page = try await leader.get("/coaching")
            #expect(page.status == .ok)
            #expect(page.text.contains("id=\"coaching-teams\"") && page.text.contains("id=\"coaching-coaches\""))
            #expect(!page.text.contains("id=\"plan-"), "leaders plan nobody's sessions")

            let manager = TestBrowser(server)
            manager.acceptLanguage = "sv"
            try await manager.signIn(server.demo.logins.manager.email)
            let refused = try await manager.post("/coaching/sessions", form: [
                ("sellerID", server.demo.logins.seller.id.description), ("date", "2026-13-40"), ("time", "25:00"), ("durationMinutes", "30"),
            ])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains(Localizer(.swedish)(Problem(.notATime, ["value": "25:00"]))))
            #expect(refused.text.contains(Localizer(.swedish)(Problem(.notADate, ["value": "2026-13-40"]))))
            #expect(refused.text.contains(Localizer(.swedish)(Problem(.valueRequired))))
        }
    }

    @Test func leadershipSetsTheRhythmAndTheAgendasTogetherOrNotAtAll() async throws {
        try await withServer { server in
            let leader = TestBrowser(server)
            try await leader.signIn(server.demo.logins.leader.email)
            let page = try await leader.get("/settings/coaching")
            #expect(page.status == .ok)
            #expect(page.text.contains("id=\"field-agenda-skill-sv\""))

            var form: [(String, String)] = [("minimumPerMonth", "0"), ("maximumPerMonth", "3"), ("maximumDaysBetween", "14")]
            for type in CoachingSessionType.allCases where type != .skill {
                for language in ["en", "sv", "nb"] {
                    form.append(("agenda-\(type.rawValue)-\(language)", AgendaTemplate.standard(for: type).items.map { $0.english ?? "" }.joined(separator: "\n")))
                }
            }
            form += [("agenda-skill-en", "Practise one situation\n"), ("agenda-skill-sv", "Träna en situation\nEn rad utan engelska"), ("agenda-skill-nb", "")]
            let refused = try await leader.post("/settings/coaching", form: form)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("id=\"error-minimumPerMonth\""))
            #expect(refused.text.contains("id=\"error-agenda-skill-en\""), "line 2 has Swedish but no English")
            let store = try await CoachingStore.of(database: server.app.db, organizationID: server.demo.organization.id)
            #expect(try await store.agenda(for: .skill) == .standard(for: .skill), "nothing stored")

            form = form.map { field in
                switch field.0 {
                case "minimumPerMonth": ("minimumPerMonth", "3")
                case "agenda-skill-sv": ("agenda-skill-sv", "Träna en situation")
                default: field
                }
            }
            let saved = try await leader.post("/settings/coaching", form: form)
            #expect(saved.status == .ok)
            #expect(saved.text.contains("id=\"notice\""))
            #expect(try await store.agenda(for: .skill).items == [LocalizedText(english: "Practise one situation", swedish: "Träna en situation")])
            #expect(try await OrganizationSettings(database: server.app.db, organizationID: server.demo.organization.id).cadencePolicy()
                == CadencePolicy(minimumPerMonth: 3, maximumPerMonth: 3, maximumDaysBetween: 14))
            let manager = TestBrowser(server)
            try await manager.signIn(server.demo.logins.manager.email)
            #expect(try await manager.get("/settings/coaching").status == .forbidden)
        }
    }
}
