import Foundation
@testable import KeelServer
import KeelStore
import SalesDomain
import Testing
import Vapor

/// The role profile pages through real HTTP on the demo organization's competence history: a
/// leader edits a profile and sets one up for a market, and the store holds exactly what was
/// posted; a refused form names its field and changes nothing; sellers and managers read
/// profiles but may not change them; the pages speak Swedish.
@Suite(.serialized) struct RoleProfilePagesTests {
    struct Setting {
        var store: CompetenceStore
        var framework: CompetencyFramework
        /// The demo's account-executive profile, for all markets.
        var profile: RoleProfile

        var editPath: String { RoleProfilePagesTests.path("edit", framework: framework, jobRole: "account_executive") }
        var viewPath: String { RoleProfilePagesTests.path("view", framework: framework, jobRole: "account_executive") }

        func storedProfiles() async throws -> [RoleProfile] { try await store.roleProfiles(framework: framework.id) }
    }

    static func setting(_ server: TestServer) async throws -> Setting {
        let organization = server.demo.organization.id
        try await CompetenceSeeding(database: server.app.db, organizationID: organization)
            .storeDemo(for: server.demo, seed: 11, now: server.clock.now)
        let store = CompetenceStore(database: server.app.db, organizationID: organization)
        let framework = try #require(try await store.frameworkVersions().filter { $0.status == .published }.max { $0.version < $1.version })
        let profile = try #require(try await store.roleProfiles(framework: framework.id).first { $0.jobRole == .accountExecutive && $0.marketID == nil })
        #expect(profile.entries.count >= 3, "the demo's profile is large enough to change a target, a weight and drop one")
        return Setting(store: store, framework: framework, profile: profile)
    }

    static func path(_ page: String, framework: CompetencyFramework, jobRole: String, market: Market.ID? = nil) -> String {
        "/competence/role-profiles/\(page)?framework=\(framework.id)&jobRole=\(jobRole)&market=\(market?.description ?? "")"
    }

    /// The form as a browser posts it: a target and a weight for every competency on the page,
    /// ticked or not, and `applies` for the ticked ones. `weights` overrides what is typed.
    static func browserForm(_ framework: CompetencyFramework, ticked: [RoleProfileEntry], weights: [Competency.ID: String] = [:]) -> [(String, String)] {
        framework.competencies.flatMap { competency -> [(String, String)] in
            let entry = ticked.first { $0.competencyID == competency.id }
            var fields = [
                ("target-\(competency.id)", String(entry?.targetLevel ?? 3)),
                ("weight-\(competency.id)", weights[competency.id] ?? entry.map { String($0.weight) } ?? "1"),
            ]
            if entry != nil { fields.append(("applies-\(competency.id)", "true")) }
            return fields
        }
    }

    /// The opening tag of the element with `id`.
    static func tag(_ id: String, in html: String) -> String? {
        guard let range = html.range(of: "id=\"\(id)\""),
              let start = html[..<range.lowerBound].lastIndex(of: "<"),
              let end = html[range.upperBound...].firstIndex(of: ">")
        else { return nil }
        return String(html[start...end])
    }

    /// The markup from the element with `id` up to the first `end` after it.
    static func element(_ id: String, in html: String, until end: String) -> String? {
        guard let range = html.range(of: "id=\"\(id)\"") else { return nil }
        let rest = html[range.lowerBound...]
        return String(rest[..<(rest.range(of: end)?.upperBound ?? rest.endIndex)])
    }

    static func byCompetency(_ entries: [RoleProfileEntry]) -> [Competency.ID: RoleProfileEntry] {
        Dictionary(uniqueKeysWithValues: entries.map { ($0.competencyID, $0) })
    }

    @Test func aLeaderEditsTheAccountExecutiveProfileAndTheStoreHoldsWhatWasPosted() async throws {
        try await withServer { server in
            let setting = try await Self.setting(server)
            let framework = setting.framework
            let profile = setting.profile
            let leader = TestBrowser(server)
            try await leader.signIn(server.demo.logins.leader.email)
            #expect(try await leader.get("/competence").text.contains("id=\"role-profiles-link\""))
            #expect(try await leader.get("/competence/frameworks").text.contains("id=\"role-profiles-link\""))

            let list = try await leader.get("/competence/role-profiles")
            #expect(list.status == .ok)
            #expect(Self.tag("framework-choice", in: list.text) != nil)
            let row = try #require(Self.element("role-profile-account_executive-all", in: list.text, until: "</tr>"))
            #expect(row.contains("<td class=\"num\">\(profile.entries.count)</td>"))
            #expect(row.contains("id=\"view-account_executive-all\""))
            #expect(row.contains("href=\"\(setting.editPath.replacingOccurrences(of: "&", with: "&amp;"))\" id=\"edit-account_executive-all\""))
            #expect(list.text.contains("id=\"role-profile-new\""))

            // The form holds the stored profile: its competencies ticked, with their targets and weights.
            let form = try await leader.get(setting.editPath)
            #expect(form.status == .ok)
            #expect(!form.text.contains("id=\"role-profile-not-stored\""))
            for area in framework.areas { #expect(form.text.contains("id=\"area-\(area.key)\"")) }
            for competency in framework.competencies {
                let box = try #require(Self.tag("applies-\(competency.id)", in: form.text))
                #expect(box.hasSuffix(" checked>") == profile.includes(competency.id), "\(box)")
            }
            let first = profile.entries[0]
            let target = try #require(Self.element("target-\(first.competencyID)", in: form.text, until: "</select>"))
            #expect(target.contains("<option value=\"\(first.targetLevel)\" selected>"))
            #expect(Self.tag("weight-\(first.competencyID)", in: form.text)?.contains("value=\"\(RoleProfileForm.weightText(first.weight))\"") == true)

            // A target changed, a weight changed (with a decimal comma), the last competency removed.
            let removed = profile.entries[profile.entries.count - 1]
            var expected = profile.entries.filter { $0.competencyID != removed.competencyID }
            expected[0].targetLevel = first.targetLevel == framework.scale.maximum ? first.targetLevel - 1 : first.targetLevel + 1
            expected[1].weight = 1.5
            let saved = try await leader.post(setting.editPath, form: Self.browserForm(
                framework, ticked: expected, weights: [expected[1].competencyID: "1,5"]))
            #expect(saved.status == .ok)
            #expect(saved.text.contains("id=\"role-profile-notice\""))

            let stored = try #require(try await setting.storedProfiles().first { $0.id == profile.id })
            #expect(stored.jobRole == .accountExecutive && stored.marketID == nil && stored.frameworkID == framework.id)
            #expect(Self.byCompetency(stored.entries) == Self.byCompetency(expected))
            #expect(try await setting.storedProfiles().count(where: { $0.jobRole == .accountExecutive && $0.marketID == nil }) == 1)
            #expect(Self.tag("applies-\(removed.competencyID)", in: saved.text)?.hasSuffix(" checked>") == false)
            #expect(Self.tag("weight-\(expected[1].competencyID)", in: saved.text)?.contains("value=\"1.5\"") == true)

            // Everyone's view shows the same.
            let view = try await leader.get(setting.viewPath)
            #expect(view.status == .ok)
            #expect(view.text.contains("id=\"edit-role-profile\""))
            let changed = try #require(Self.element("entry-\(expected[0].competencyID)", in: view.text, until: "</tr>"))
            #expect(changed.contains("<td class=\"num target\">\(expected[0].targetLevel)</td>"))
            #expect(!view.text.contains("id=\"entry-\(removed.competencyID)\""))
        }
    }

    @Test func aRefusedFormNamesItsFieldKeepsWhatWasTypedAndChangesNothing() async throws {
        try await withServer { server in
            let setting = try await Self.setting(server)
            let framework = setting.framework
            let before = try await setting.storedProfiles()
            let leader = TestBrowser(server)
            try await leader.signIn(server.demo.logins.leader.email)
            try await leader.get(setting.editPath)

            var entries = setting.profile.entries
            let offScale = framework.scale.maximum + 4
            entries[0].targetLevel = offScale
            entries[1].weight = 3.25
            let refused = try await leader.post(setting.editPath, form: Self.browserForm(framework, ticked: entries))
            #expect(refused.status == .unprocessableEntity)
            let target = "target-\(entries[0].competencyID)"
            #expect(refused.text.contains("id=\"form-error\""))
            #expect(refused.text.contains("href=\"#\(target)\""))
            #expect(Self.tag(target, in: refused.text)?.contains("aria-invalid=\"true\"") == true)
            #expect(Self.element(target, in: refused.text, until: "</select>")?.contains("<option value=\"\(offScale)\" selected>") == true)
            #expect(Self.tag("weight-\(entries[1].competencyID)", in: refused.text)?.contains("value=\"3.25\"") == true)

            let weighed = setting.profile.entries[1].competencyID
            for weight in ["0", "-1", "many", "nan", ""] {
                let response = try await leader.post(setting.editPath, form: Self.browserForm(
                    framework, ticked: setting.profile.entries, weights: [weighed: weight]))
                #expect(response.status == .unprocessableEntity, "weight '\(weight)'")
                #expect(response.text.contains("href=\"#weight-\(weighed)\""), "weight '\(weight)'")
                #expect(response.text.contains("the weight must be a number above 0"), "weight '\(weight)'")
            }

            let nothing = try await leader.post(setting.editPath, form: Self.browserForm(framework, ticked: []))
            #expect(nothing.status == .unprocessableEntity)
            #expect(nothing.text.contains("Tick at least one competency that applies to the role."))
            #expect(nothing.text.contains("href=\"#applies-\(try #require(framework.competencies.first).id)\""))
            for competency in framework.competencies {
                #expect(Self.tag("applies-\(competency.id)", in: nothing.text)?.hasSuffix(" checked>") == false, "the unticked form stays unticked")
            }

            #expect(try await setting.storedProfiles() == before)
        }
    }

    @Test func aLeaderSetsUpAProfileForOneMarket() async throws {
        try await withServer { server in
            let setting = try await Self.setting(server)
            let framework = setting.framework
            let market = try #require(server.demo.markets.first)
            let leader = TestBrowser(server)
            try await leader.signIn(server.demo.logins.leader.email)
            let list = try await leader.get("/competence/role-profiles?framework=\(framework.id)")
            #expect(Self.element("new-market", in: list.text, until: "</select>")?.contains("<option value=\"\(market.id)\">") == true)
            #expect(Self.element("new-job-role", in: list.text, until: "</select>")?.contains("value=\"sales_manager\"") == false)

            let path = Self.path("edit", framework: framework, jobRole: "sdr", market: market.id)
            let form = try await leader.get(path)
            #expect(form.status == .ok)
            #expect(form.text.contains("id=\"role-profile-not-stored\""))
            #expect(!form.text.contains(" checked>"))
            #expect(try await leader.get(Self.path("view", framework: framework, jobRole: "sdr", market: market.id)).status == .notFound)

            let posted = framework.competencies.prefix(2).map { RoleProfileEntry(competencyID: $0.id, targetLevel: 2, weight: 1) }
            let saved = try await leader.post(path, form: Self.browserForm(framework, ticked: posted))
            #expect(saved.status == .ok)
            #expect(saved.text.contains("id=\"role-profile-notice\""))
            let stored = try #require(try await setting.storedProfiles().first { $0.jobRole == .salesDevelopmentRepresentative && $0.marketID == market.id })
            #expect(stored.entries == posted)

            let after = try await leader.get("/competence/role-profiles?framework=\(framework.id)")
            let row = try #require(Self.element("role-profile-sdr-\(market.id)", in: after.text, until: "</tr>"))
            #expect(row.contains(market.name))
            #expect(row.contains("<td class=\"num\">2</td>"))
        }
    }

    @Test(arguments: ["seller", "manager"])
    func sellersAndManagersReadProfilesButCannotChangeThem(_ role: String) async throws {
        try await withServer { server in
            let setting = try await Self.setting(server)
            let framework = setting.framework
            let before = try await setting.storedProfiles()
            let login = role == "seller" ? server.demo.logins.seller : server.demo.logins.manager
            let browser = TestBrowser(server)
            try await browser.signIn(login.email)
            #expect(try await browser.get("/competence").text.contains("id=\"role-profiles-link\""))

            let list = try await browser.get("/competence/role-profiles")
            #expect(list.status == .ok)
            #expect(list.text.contains("id=\"view-account_executive-all\""))
            #expect(!list.text.contains("id=\"edit-"))
            #expect(!list.text.contains("id=\"role-profile-new\""))

            let view = try await browser.get(setting.viewPath)
            #expect(view.status == .ok)
            #expect(!view.text.contains("id=\"role-profile-form\""))
            #expect(!view.text.contains("id=\"edit-role-profile\""))
            for entry in setting.profile.entries {
                let row = try #require(Self.element("entry-\(entry.competencyID)", in: view.text, until: "</tr>"))
                #expect(row.contains("<td class=\"num target\">\(entry.targetLevel)</td>"))
            }

            #expect(try await browser.get(setting.editPath).status == .forbidden)
            try await browser.get(setting.viewPath)
            var entries = setting.profile.entries
            entries[0].targetLevel = 1
            #expect(try await browser.post(setting.editPath, form: Self.browserForm(framework, ticked: entries)).status == .forbidden)
            #expect(try await setting.storedProfiles() == before)

            // What is not there is not found; a job role that isn't one is a bad request.
            #expect(try await browser.get(Self.path("view", framework: framework, jobRole: "head_of_sales")).status == .notFound)
            #expect(try await browser.get("/competence/role-profiles?framework=\(UUID())").status == .notFound)
            #expect(try await browser.get(Self.path("view", framework: framework, jobRole: "astronaut")).status == .badRequest)
        }
    }

    /// A profile may name competencies of a newer draft that the form does not show; saving
    /// the form keeps them rather than dropping what it cannot see.
    @Test func theFormKeepsEntriesForCompetenciesItDoesNotShow() async throws {
        try await withServer { server in
            let framework = try await Self.setting(server).framework
            let shown = try #require(framework.competencies.first)
            let drafted = RoleProfileEntry(competencyID: .init(UUID()), targetLevel: 4, weight: 2)
            let dropped = RoleProfileEntry(competencyID: framework.competencies[1].id, targetLevel: 2, weight: 1)
            let read = RoleProfileForm.entries(
                from: ["applies-\(shown.id)": "true", "target-\(shown.id)": "5", "weight-\(shown.id)": " 0,75 "],
                framework: framework, kept: [dropped, drafted], text: Localizer(.english))
            #expect(read.entries == [RoleProfileEntry(competencyID: shown.id, targetLevel: 5, weight: 0.75), drafted])
            #expect(read.unreadable.isEmpty)
        }
    }

    @Test func theProfilePagesSpeakSwedish() async throws {
        try await withServer { server in
            let setting = try await Self.setting(server)
            let framework = setting.framework
            let leader = TestBrowser(server)
            try await leader.signIn(server.demo.logins.leader.email)
            try await leader.post("/language", form: [("language", "sv"), ("returnTo", "/competence/role-profiles")])

            let list = try await leader.get("/competence/role-profiles")
            #expect(list.text.contains("lang=\"sv\""))
            #expect(list.text.contains("<h1 id=\"role-profiles-title\">Rollprofiler</h1>"))
            #expect(list.text.contains("Alla marknader"))
            #expect(list.text.contains(">Redigera</a>"))

            let form = try await leader.get(setting.editPath)
            #expect(form.text.contains("Målnivå"))
            #expect(form.text.contains(">Vikt</th>"))
            let area = try #require(framework.areas.first)
            #expect(form.text.contains("<legend>\(Node.escape(area.name.text(in: .swedish)))</legend>"))

            let refused = try await leader.post(setting.editPath, form: Self.browserForm(
                framework, ticked: setting.profile.entries, weights: [setting.profile.entries[0].competencyID: "0"]))
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("vikten måste vara ett tal över 0"))
        }
    }
}
