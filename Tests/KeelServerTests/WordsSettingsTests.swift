import Foundation
@testable import KeelServer
import SalesDomain
import Testing

/// The organization's words through real HTTP: leadership renames a stage and a job role on the
/// settings page, every page then shows the names in the reader's language, and the API refuses
/// bad names naming each field, in the reader's language, writing nothing.
@Suite(.serialized) struct WordsSettingsTests {
    @Test func leadershipRenamesAndPagesShowTheNamesInTheReadersLanguage() async throws {
        try await withServer { server in
            let leader = TestBrowser(server)
            try await leader.signIn(server.demo.logins.leader.email)
            let page = try await leader.get("/settings/words")
            #expect(page.status == .ok)
            #expect(page.text.contains("data-word=\"deal_stage:qualification\""))
            #expect(page.text.contains("data-word=\"job_role:account_executive\""))
            #expect(page.text.contains("placeholder=\"Kvalificering\""), "a blank field shows what it reads as")
            let start = try await leader.get("/")
            #expect(start.text.contains("href=\"/settings/words\""), "reachable from the navigation")

            let rows = Self.rows(page.text)
            var form: [(String, String)] = [("count", String(rows.count))]
            for (index, row) in rows.enumerated() {
                form += [("kind_\(index)", row.kind), ("code_\(index)", row.code)]
                if row.kind == "deal_stage", row.code == "qualification" { form += [("sv_\(index)", "Behovsanalys"), ("nb_\(index)", "Behovsanalyse")] }
                if row.kind == "job_role", row.code == "account_executive" { form += [("sv_\(index)", "Affärsansvarig")] }
            }
            let saved = try await leader.post("/settings/words", form: form)
            #expect(saved.status == .ok)
            #expect(saved.text.contains("id=\"notice\""))
            #expect(saved.text.contains("value=\"Behovsanalys\""))

            // A seller reading Swedish sees the organization's names; English keeps Keel's.
            let seller = TestBrowser(server)
            try await seller.signIn(server.demo.logins.seller.email)
            let profile = try await seller.get("/people/\(server.demo.logins.seller.id)")
            if server.demo.logins.seller.jobRole == .accountExecutive {
                #expect(profile.text.contains("Account executive"))
            }
            _ = try await seller.post("/language", form: [("language", "sv"), ("returnTo", "/")])
            let swedishProfile = try await seller.get("/people/\(server.demo.logins.seller.id)")
            let expectedRole = server.demo.logins.seller.jobRole == .accountExecutive ? "Affärsansvarig"
                : OrganizationVocabulary().name(.jobRole, server.demo.logins.seller.jobRole.rawValue, in: .swedish)
            #expect(swedishProfile.text.contains(expectedRole))
            #expect(try await seller.get("/settings/words").status == .forbidden)

            let token = try await server.token(for: server.demo.logins.seller)
            let words = try await server.api(.GET, "/api/v1/settings/words", token: token)
            #expect(words.status == .ok)
            let list = try #require(try words.json()["words"] as? [[String: Any]])
            let qualification = try #require(list.first { $0["kind"] as? String == "deal_stage" && $0["code"] as? String == "qualification" })
            #expect(qualification["names"] as? [String: String] == ["sv": "Behovsanalys", "nb": "Behovsanalyse"])
            #expect((qualification["fallback"] as? [String: String])?["en"] == "Qualification")
        }
    }

    @Test func badNamesAreRefusedNamingEveryFieldInSwedishAndNothingIsWritten() async throws {
        try await withServer { server in
            let leader = server.demo.logins.leader
            let browser = TestBrowser(server)
            try await browser.signIn(leader.email)
            _ = try await browser.post("/language", form: [("language", "sv"), ("returnTo", "/")])
            let token = try await server.token(for: leader)
            let swedish = Localizer(.swedish)

            let refused = try await server.api(.PUT, "/api/v1/settings/words", token: token, json: ["words": [
                ["kind": "deal_stage", "code": "qualification", "names": ["sv": "Behovsanalys", "nb": " "]],
                ["kind": "colour", "code": "red", "names": ["en": "Red"]],
                ["kind": "activity_type", "code": "meeting", "names": ["sv": String(repeating: "x", count: 81)]],
            ]])
            #expect(refused.status == .unprocessableEntity)
            #expect(try refused.problemFields() == ["words[0].names.nb", "words[1].kind", "words[2].names.sv"])
            #expect(refused.text.contains(swedish(Problem(.valueRequired))))
            #expect(refused.text.contains(swedish(Problem(.textTooLong, ["maximum": "80"]))))
            let stored = try await server.api(.GET, "/api/v1/settings/words", token: token)
            let list = try #require(try stored.json()["words"] as? [[String: Any]])
            #expect(list.allSatisfy { ($0["names"] as? [String: String])?.isEmpty == true }, "nothing half-written")

            // The settings page says the same, beside the field and in the summary.
            let page = try await browser.get("/settings/words")
            let rows = Self.rows(page.text)
            var form: [(String, String)] = [("count", String(rows.count))]
            for (index, row) in rows.enumerated() {
                form += [("kind_\(index)", row.kind), ("code_\(index)", row.code)]
                if index == 0 { form.append(("sv_\(index)", String(repeating: "y", count: 90))) }
            }
            let refusedPage = try await browser.post("/settings/words", form: form)
            #expect(refusedPage.status == .unprocessableEntity)
            #expect(refusedPage.text.contains("href=\"#word-words[0].names.sv\""))
            #expect(refusedPage.text.contains(Node.escape(swedish(Problem(.textTooLong, ["maximum": "80"])))))
        }
    }

    @Test func aMarketKnownOnlyByItsStoredNameIsTranslatedWhenItIsKeelsCountryName() {
        #expect(Localizer(.swedish).market(named: "Norway") == "Norge")
        #expect(Localizer(.swedish).market(named: "Benelux") == "Benelux")
        let renamed = Localizer(.norwegianBokmal, vocabulary: OrganizationVocabulary([
            VocabularyEntry(kind: .market, code: "SE", names: [.norwegianBokmal: "Sverige-markedet"]),
        ]))
        #expect(renamed.market(named: "Sweden") == "Sverige-markedet")
        #expect(DiagnosisPage.Model.scopeName(.market(.init(UUID())), name: "Denmark", text: Localizer(.swedish))
            == Localizer(.swedish)(.scopeMarket, ["name": "Danmark"]))
    }

    /// The rows of the settings form, as its hidden fields give them.
    static func rows(_ html: String) -> [(kind: String, code: String)] {
        html.matches(of: /name="kind_(\d+)" value="([a-z_]+)"><input type="hidden" name="code_\d+" value="([^"]+)"/)
            .map { (String($0.2), String($0.3)) }
    }
}
