import Foundation
import KeelImport
@testable import KeelServer
import KeelStore
import SalesDomain
import Testing
import Vapor

/// The forms about a person's own records and the organization's framework — a win posted, the
/// weekly digest turned on or off, a person's data erased, a framework draft edited as its
/// file — each submitted in Swedish with every field wrong.
extension FormErrorsInSwedishTests {
    /// A person the manager cannot find and a text over the limit: both at their fields, the text kept.
    @Test func theWinFormShowsEveryProblem() async throws {
        try await withServer { server in
            let browser = try await Self.swedishBrowser(server, server.demo.logins.manager.email)
            try await browser.get("/wins")
            let nobody = UUID()
            let text = "Tre nya kunder " + String(repeating: "v", count: Win.textLimit)
            let page = try await browser.post("/wins", form: [("subject", "person:\(nobody)"), ("text", text)])
            Self.expectEvery([(.unknownPerson, ["id": nobody.uuidString.lowercased()]), (.textTooLong, ["maximum": String(Win.textLimit)])],
                             on: page, fields: ["subject", "text", "personID"])
            Self.expectLinked([("subject", "field-subject"), ("text", "field-text")], on: page)
            #expect(page.text.contains(">\(text)</textarea>"), "what was typed is kept")
        }
    }

    /// A setting that is neither on nor off: told at the switch and in the summary, nothing changed.
    @Test func theDigestSettingShowsItsProblem() async throws {
        try await withServer(sellers: 12) { server in
            let browser = try await Self.swedishBrowser(server, server.demo.logins.seller.email)
            try await browser.get("/digest")
            let page = try await browser.post("/digest", form: [("enabled", "kanske")])
            Self.expectEvery([(.notOneOf, ["value": "kanske", "choices": "on, off"])], on: page, fields: ["enabled"])
            Self.expectLinked([("enabled", "digest-toggle")], on: page)
            #expect(page.text.contains("id=\"digest-preview\""), "the page is the digest page, whole")
            let store = try await DigestStore.of(database: server.app.db, organizationID: server.demo.organization.id)
            #expect(try await store.preference(of: server.demo.logins.seller.id).chosen == false, "nothing stored")
        }
    }

    /// An e-mail that is not the person's: told at the field and in the summary, what was typed kept.
    @Test func theErasureFormShowsItsProblem() async throws {
        try await withServer { server in
            let demo = server.demo
            let person = try #require(demo.people.last { $0.accessRole == .seller && $0.id != demo.logins.seller.id })
            let browser = try await Self.swedishBrowser(server, demo.logins.admin.email)
            try await browser.get("/people/\(person.id)/erase")
            let page = try await browser.post("/people/\(person.id)/erase", form: [("confirmEmail", "fel@exempel.test")])
            Self.expectEvery([(.erasureNotConfirmed, ["email": person.email])], on: page, fields: ["confirmEmail"])
            Self.expectLinked([("confirmEmail", "field-confirmEmail")], on: page)
            #expect(page.text.contains("value=\"fel@exempel.test\""), "what was typed is kept")
            #expect(try await Directory(database: server.app.db, organizationID: demo.organization.id).person(person.id)?.email == person.email,
                    "nobody erased")
        }
    }

    /// A draft's file with another key and a level taken out: the key and the missing level
    /// named together, in Swedish, with the file as typed.
    @Test func theFrameworkEditShowsEveryProblem() async throws {
        try await withServer { server in
            let setting = try await CompetencePagesTests.setting(server)
            let published = setting.framework
            let leader = try await FrameworkEditingPagesTests.leaderWithDraft(server, published: published)
            _ = try await leader.post("/language", form: [("language", "sv"), ("returnTo", "/")])
            let draft = try #require(try await setting.store.latestVersion(of: published.id))
            let editPath = "\(FrameworkEditingPagesTests.path(draft))/edit"
            let yaml = try FrameworkEditingPagesTests.yaml(draft)
            let start = try #require(yaml.range(of: "\n    - level: 3\n"))
            let end = try #require(yaml.range(of: "\n    - level: 4\n", range: start.upperBound..<yaml.endIndex))
            let broken = try FrameworkEditingPagesTests.replacing(
                "key: \(draft.key)\n", with: "key: \(draft.key)-annan\n", in: yaml.replacingCharacters(in: start.lowerBound..<end.lowerBound, with: ""))
            let expected = FrameworkEditingPagesTests.problems(of: broken)
            let missing = try #require(expected.first { $0.kind == .missingLevel })
            try await leader.get(editPath)

            let page = try await leader.post(editPath, form: [("yaml", broken)])
            #expect(page.status == .unprocessableEntity)
            #expect(page.text.contains("lang=\"sv\""))
            #expect(page.text.contains(Node.escape(Self.swedish(.frameworkEditRefused))))
            #expect(page.text.contains(Node.escape(Self.swedish.describe(missing))), "the missing level, at its line")
            #expect(page.text.contains("id=\"form-error-field\">Nyckeln måste förbli"), "the key, beside the file's problems")
            #expect(page.text.contains("<code>\(draft.key)-annan</code>"))
            // The summary, not the file: the framework's own English texts are in the text box.
            let summary = try #require(page.text.components(separatedBy: "id=\"form-error\"").dropFirst().first?.components(separatedBy: "</div>").first)
            for english in Problem.Key.allCases.compactMap({ EnglishCatalog.problems[$0] }) where !english.contains("{") {
                #expect(!summary.contains(Node.escape(english)), "English: \(english)")
            }
            #expect(page.text.contains(Node.escape("\n" + broken) + "</textarea>"), "the text comes back as typed")
            #expect(try await setting.store.framework(draft.reference) == draft, "nothing stored")
        }
    }
}
