import Foundation
@testable import KeelServer
import KeelStore
import SalesDomain
import Testing
import Vapor

@Suite(.serialized) struct WebPagesTests {
    @Test func signingInLandsEachRoleOnWhereToAct() async throws {
        try await withServer { server in
            let demo = server.demo
            // Every role lands on "Where to act", scoped to what is theirs.
            let expectations: [(Person, String)] = [
                (demo.logins.seller, "id=\"start-work-on\""),
                (demo.logins.manager, "id=\"start-seller-"),
                (demo.logins.leader, "id=\"start-markets\""),
                (demo.logins.admin, "id=\"start-markets\""),
            ]
            for (person, marker) in expectations {
                let browser = TestBrowser(server)
                try await browser.get("/login")
                let response = try await browser.post("/login", form: [("email", person.email), ("password", TestServer.password)])
                #expect(response.status == .seeOther)
                let home = try await browser.get(try #require(response.headers.first(name: .location)))
                #expect(home.status == .ok, "\(person.email)")
                #expect(home.text.contains(marker), "\(person.email)")
                let session = try #require(response.headers[.setCookie].first { $0.hasPrefix("keel_session=") })
                #expect(session.contains("HttpOnly"))
                #expect(session.contains("SameSite=Lax"))
                #expect(!session.contains("Secure"))
            }
        }
    }

    @Test func theSignInFormNeedsItsCSRFToken() async throws {
        try await withServer { server in
            let browser = TestBrowser(server)
            try await browser.get("/login")
            let forged = try await browser.post("/login", form: [("email", server.demo.logins.admin.email), ("password", TestServer.password), ("_csrf", "forged")])
            #expect(forged.status == .forbidden)
            #expect(browser.cookies["keel_session"] == nil)
        }
    }

    @Test func signingInNeverLeavesTheSite() async throws {
        try await withServer { server in
            for next in ["/\t/evil.example", "//evil.example", "/\\evil.example", "https://evil.example"] {
                let browser = TestBrowser(server)
                try await browser.get("/login")
                let response = try await browser.post("/login", form: [
                    ("email", server.demo.logins.admin.email), ("password", TestServer.password), ("next", next),
                ])
                #expect(response.status == .seeOther)
                #expect(response.headers.first(name: .location) == "/", "\(next.debugDescription)")
            }
            let browser = TestBrowser(server)
            try await browser.get("/login")
            let response = try await browser.post("/login", form: [
                ("email", server.demo.logins.admin.email), ("password", TestServer.password), ("next", "/organization"),
            ])
            #expect(response.headers.first(name: .location) == "/organization")
        }
    }

    @Test func aWrongPasswordShowsTheFormAgain() async throws {
        try await withServer { server in
            let browser = TestBrowser(server)
            let page = try await browser.signIn(server.demo.logins.admin.email, password: "wrong wrong wrong")
            #expect(page.status == .unauthorized)
            #expect(page.text.contains("id=\"login-error\""))
            #expect(page.text.contains("value=\"\(server.demo.logins.admin.email)\""))
        }
    }

    @Test func theOrganizationPageShowsMarketsTeamsAndManagers() async throws {
        try await withServer { server in
            let browser = TestBrowser(server)
            try await browser.signIn(server.demo.logins.leader.email)
            let page = try await browser.get("/organization")
            #expect(page.status == .ok)
            for market in server.demo.markets { #expect(page.text.contains(">\(market.name)</h2>")) }
            let managerTeam = try #require(server.demo.teams.first { $0.id == server.demo.logins.manager.teamID })
            #expect(page.text.contains(Node.escape(managerTeam.name)))
            #expect(page.text.contains(Node.escape(server.demo.logins.manager.name)))
            #expect(!page.text.contains(Node.escape(server.rival.teams.last!.name)) || server.rival.teams.last!.name == managerTeam.name)
            let search = try await browser.get("/organization?q=\(TestBrowser.encode(server.demo.logins.seller.email))")
            #expect(search.text.contains("id=\"search-results\""))
            #expect(search.text.contains("/people/\(server.demo.logins.seller.id)"))
        }
    }

    @Test func aManagerSeesTheirTeamButNotOthers() async throws {
        try await withServer { server in
            let demo = server.demo
            let browser = TestBrowser(server)
            try await browser.signIn(demo.logins.manager.email)
            let page = try await browser.get("/teams/\(demo.logins.manager.teamID!)")
            #expect(page.status == .ok)
            for member in demo.people where member.teamID == demo.logins.manager.teamID {
                #expect(page.text.contains("/people/\(member.id)"), "\(member.name) is listed")
            }
            let elsewhere = try #require(demo.people.first { $0.teamID != demo.logins.manager.teamID && $0.accessRole == .seller })
            #expect(try await browser.get("/people/\(elsewhere.id)").status == .notFound)
            #expect(try await browser.get("/teams/\(elsewhere.teamID!)").status == .notFound)
            #expect(try await browser.get("/organization").status == .forbidden)
            #expect(try await browser.get("/people/new").status == .forbidden)
        }
    }

    @Test func aSellerSeesOnlyTheirOwnProfile() async throws {
        try await withServer { server in
            let demo = server.demo
            let browser = TestBrowser(server)
            let own = try await browser.signIn(demo.logins.seller.email)
            #expect(own.text.contains(Node.escape(demo.logins.seller.name)))
            #expect(!own.text.contains("nav-organization"))
            let teammate = try #require(demo.people.first { $0.teamID == demo.logins.seller.teamID && $0.id != demo.logins.seller.id })
            let other = try await browser.get("/people/\(teammate.id)")
            #expect(other.status == .notFound)
            #expect(!other.text.contains(Node.escape(teammate.email)))
            #expect(try await browser.get("/people/\(server.rival.logins.seller.id)").status == .notFound)
            #expect(try await browser.get("/teams/\(demo.logins.seller.teamID!)").status == .forbidden)
        }
    }

    @Test func languageChoiceSticksToThePerson() async throws {
        try await withServer { server in
            let browser = TestBrowser(server)
            try await browser.signIn(server.demo.logins.manager.email)
            let switched = try await browser.post("/language", form: [("language", "sv"), ("returnTo", "/people/\(server.demo.logins.manager.id)")])
            #expect(switched.status == .seeOther)
            #expect(switched.headers.first(name: .location) == "/people/\(server.demo.logins.manager.id)")
            let swedish = try await browser.get("/people/\(server.demo.logins.manager.id)")
            #expect(swedish.text.contains("lang=\"sv\""))
            #expect(swedish.text.contains("Logga ut"))

            let elsewhere = TestBrowser(server)
            elsewhere.acceptLanguage = "en-GB"
            let page = try await elsewhere.signIn(server.demo.logins.manager.email)
            #expect(page.text.contains("Logga ut"), "the saved choice wins over the browser's language")
            let anonymous = TestBrowser(server)
            anonymous.acceptLanguage = "nb-NO,nb;q=0.9"
            #expect(try await anonymous.get("/login").text.contains("Logg inn"))
            let unknown = try await browser.post("/language", form: [("language", "de")])
            #expect(unknown.status == .unprocessableEntity)
            #expect(try await browser.post("/language", form: [("language", "en"), ("returnTo", "https://evil.example")]).headers.first(name: .location) == "/")
        }
    }

    @Test func signingOutEndsTheSession() async throws {
        try await withServer { server in
            let browser = TestBrowser(server)
            try await browser.signIn(server.demo.logins.admin.email)
            let session = try #require(browser.cookies["keel_session"])
            let out = try await browser.post("/logout", form: [])
            #expect(out.headers.first(name: .location) == "/login")
            #expect(browser.cookies["keel_session"] == nil)
            let replay = try await server.send(.GET, "/organization", headers: ["Cookie": "keel_session=\(session)"])
            #expect(replay.status == .seeOther)
            #expect(replay.headers.first(name: .location)?.hasPrefix("/login?next=") == true)
        }
    }

    @Test func anAdminManagesPeopleThroughForms() async throws {
        try await withServer { server in
            let demo = server.demo
            let browser = TestBrowser(server)
            try await browser.signIn(demo.logins.admin.email)
            try await browser.get("/people/new")
            let team = demo.logins.manager.teamID!.description
            let form: [(String, String)] = [("name", "Astrid Holm"), ("email", "astrid.holm@demo.keel.test"), ("jobRole", "sdr"),
                                            ("accessRole", "seller"), ("teamID", team), ("marketID", ""), ("password", "")]
            let duplicate = try await browser.post("/people", form: form.map { $0.0 == "email" ? ($0.0, demo.logins.seller.email) : $0 })
            #expect(duplicate.status == .unprocessableEntity)
            #expect(duplicate.text.contains("id=\"error-email\""))
            #expect(duplicate.text.contains("value=\"Astrid Holm\""), "the form comes back filled in")
            let created = try await browser.post("/people", form: form)
            #expect(created.status == .seeOther)
            let profile = try await browser.follow(try #require(created.headers.first(name: .location)))
            #expect(profile.text.contains("Astrid Holm"))
            let personPath = try #require(created.headers.first(name: .location))

            try await browser.get("\(personPath)/edit")
            let otherTeam = try #require(demo.teams.first { $0.parentID != nil && $0.id.description != team })
            let moved = try await browser.post("\(personPath)/edit", form: form.map { $0.0 == "teamID" ? ($0.0, otherTeam.id.description) : $0 })
            #expect(moved.status == .seeOther)
            let afterMove = try await browser.get(personPath)
            #expect(afterMove.text.contains(Node.escape(otherTeam.name)))
            #expect(afterMove.text.contains("id=\"audit-trail\""))

            let deactivated = try await browser.post("\(personPath)/deactivate", form: [])
            #expect(deactivated.status == .seeOther)
            #expect(try await browser.get(personPath).text.contains("id=\"person-inactive\""))
            #expect(try await browser.post("/people/\(demo.logins.admin.id)/deactivate", form: []).status == .conflict)
        }
    }

    @Test func anAdminManagesTeamsThroughForms() async throws {
        try await withServer { server in
            let demo = server.demo
            let browser = TestBrowser(server)
            try await browser.signIn(demo.logins.admin.email)
            try await browser.get("/teams/new")
            let root = try #require(demo.teams.first { $0.parentID == nil })
            let created = try await browser.post("/teams", form: [("name", "Tromsø Pilot"), ("parentID", root.id.description), ("marketID", "")])
            #expect(created.status == .seeOther)
            let teamPath = try #require(created.headers.first(name: .location))
            try await browser.get("\(teamPath)/edit")
            let cycle = try await browser.post("/teams/\(root.id)/edit", form: [("name", root.name), ("parentID", String(teamPath.split(separator: "/").last!)), ("marketID", "")])
            #expect(cycle.status == .unprocessableEntity)
            #expect(cycle.text.contains("id=\"error-parentID\""))
            let closed = try await browser.post("\(teamPath)/deactivate", form: [])
            #expect(closed.status == .seeOther)
            #expect(try await browser.get(teamPath).text.contains(Localizer(.english)(.teamDeactivated)))
        }
    }

    @Test func pagesEscapeWhatPeopleType() async throws {
        try await withServer { server in
            let directory = Directory(database: server.app.db, organizationID: server.demo.organization.id)
            let draft = PersonDraft(name: "<script>alert(1)</script>", email: "xss@demo.keel.test", jobRole: .accountExecutive,
                                    accessRole: .seller, teamID: server.demo.logins.manager.teamID, marketID: nil)
            let person = try await directory.addPerson(draft, actor: nil, at: server.clock.now)
            let browser = TestBrowser(server)
            try await browser.signIn(server.demo.logins.admin.email)
            let page = try await browser.get("/people/\(person.id)")
            #expect(!page.text.contains("<script>alert(1)</script>"))
            #expect(page.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        }
    }

    @Test func unknownPagesAreLocalizedNotFound() async throws {
        try await withServer { server in
            let browser = TestBrowser(server)
            browser.acceptLanguage = "sv"
            let page = try await browser.get("/no/such/page")
            #expect(page.status == .notFound)
            #expect(page.text.contains("Hittades inte"))
        }
    }
}
