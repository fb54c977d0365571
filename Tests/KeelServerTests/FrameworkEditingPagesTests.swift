import Foundation
import KeelImport
@testable import KeelServer
import KeelStore
import SalesDomain
import Testing
import Vapor

/// Editing a competency framework on the web, through real HTTP on the demo organization's
/// published default framework: a leader makes a new draft from it, edits the draft's YAML,
/// and publishes it, while the published version never changes; a refused file stores nothing
/// and says why, at its line; only leadership reaches the editor.
@Suite(.serialized) struct FrameworkEditingPagesTests {
    static func path(_ framework: CompetencyFramework, version: Int? = nil) -> String {
        "/competence/frameworks/\(framework.id)/\(version ?? framework.version)"
    }

    static func yaml(_ framework: CompetencyFramework) throws -> String {
        String(decoding: try FrameworkDocument(framework).encoded(as: .yaml), as: UTF8.self)
    }

    /// `text` with `old` replaced by `new`, where `old` occurs exactly once.
    /// What the framework file parser says of `yaml`: nothing when it reads.
    static func problems(of yaml: String) -> [FrameworkFileProblem] {
        do throws(FrameworkFileError) {
            _ = try FrameworkFile.parse(yaml)
            return []
        } catch {
            return error.problems
        }
    }

    static func replacing(_ old: String, with new: String, in text: String) throws -> String {
        try #require(text.components(separatedBy: old).count == 2, "'\(old)' occurs once in the file")
        return text.replacingOccurrences(of: old, with: new)
    }

    /// Signs a leader in and makes version 2 — a draft copy of the published version 1 — through the page's button.
    static func leaderWithDraft(_ server: TestServer, published: CompetencyFramework) async throws -> TestBrowser {
        let leader = TestBrowser(server)
        try await leader.signIn(server.demo.logins.leader.email)
        try await leader.get(path(published))
        let made = try await leader.post("\(path(published))/drafts", form: [])
        #expect(made.status == .seeOther)
        #expect(made.headers.first(name: .location) == "\(path(published, version: published.version + 1))/edit?notice=draft-created")
        return leader
    }

    @Test func aLeaderMakesADraftEditsItsYAMLAndPublishesItWhileThePublishedVersionStays() async throws {
        try await withServer { server in
            let setting = try await CompetencePagesTests.setting(server)
            let store = setting.store
            let published = setting.framework
            #expect(published.status == .published)

            let leader = TestBrowser(server)
            try await leader.signIn(server.demo.logins.leader.email)
            let page = try await leader.get(Self.path(published))
            #expect(page.text.contains("id=\"new-draft\""))
            #expect(!page.text.contains("id=\"edit-framework\""))
            let made = try await leader.post("\(Self.path(published))/drafts", form: [])
            #expect(made.status == .seeOther)
            let editPath = "\(Self.path(published, version: published.version + 1))/edit"
            #expect(made.headers.first(name: .location) == "\(editPath)?notice=draft-created")
            let draft = try #require(try await store.framework(FrameworkVersionReference(frameworkID: published.id, version: published.version + 1)))
            #expect(draft.status == .draft)
            #expect(draft.competencies.map(\.id) == published.competencies.map(\.id))

            let editor = try await leader.get(try #require(made.headers.first(name: .location)))
            #expect(editor.status == .ok)
            for id in ["framework-yaml", "save-framework", "framework-notice", "framework-scale-rules"] {
                #expect(editor.text.contains("id=\"\(id)\""), "\(id)")
            }
            #expect(editor.text.contains(Node.escape("\n" + (try Self.yaml(draft))) + "</textarea>"))
            #expect(editor.text.contains("from 1 to \(draft.scale.maximum) exactly once"))

            // A second draft beside the first is refused, pointing at the one being edited.
            let second = try await leader.post("\(Self.path(published))/drafts", form: [])
            #expect(second.status == .conflict)
            #expect(second.text.contains("<a href=\"\(Self.path(draft))\" id=\"existing-draft\">"))
            #expect(try await store.frameworkVersions().count == 2)

            let competency = try #require(draft.competencies.first)
            let level = try #require(competency.levels.first { $0.level == 2 })
            let newName = "Edited competency name"
            let newBehavior = "Edited behavior at level two, written on the web"
            var edited = try Self.replacing("en: \(competency.name.text(in: .english))\n", with: "en: \(newName)\n", in: try Self.yaml(draft))
            edited = try Self.replacing(level.behavior.text(in: .english), with: newBehavior, in: edited)
            try await leader.get(editPath)
            let saved = try await leader.post(editPath, form: [("yaml", edited)])
            #expect(saved.status == .seeOther)
            #expect(saved.headers.first(name: .location) == "\(Self.path(draft))?notice=draft-saved")
            let shown = try await leader.follow(try #require(saved.headers.first(name: .location)))
            #expect(shown.text.contains("id=\"framework-notice\""))
            #expect(shown.text.contains(newName))
            #expect(shown.text.contains("id=\"edit-framework\""))

            let stored = try #require(try await store.framework(draft.reference))
            let storedCompetency = try #require(stored.competencies.first { $0.id == competency.id }, "the competency keeps its id by key")
            #expect(storedCompetency.name.text(in: .english) == newName)
            #expect(storedCompetency.levels.first { $0.level == 2 }?.behavior.text(in: .english) == newBehavior)
            #expect(stored.competencies.map(\.id) == draft.competencies.map(\.id))
            #expect(try await store.framework(published.reference) == published)

            let publishing = try await leader.post("\(Self.path(draft))/publish", form: [])
            #expect(publishing.status == .seeOther)
            let newVersion = try await leader.follow(try #require(publishing.headers.first(name: .location)))
            #expect(newVersion.status == .ok)
            #expect(newVersion.text.contains(newName))
            #expect(newVersion.text.contains(newBehavior))
            #expect(!newVersion.text.contains("id=\"edit-framework\""))
            #expect(try await store.framework(draft.reference)?.status == .published)
            #expect(try await store.framework(published.reference) == published)
            // The older version is no longer the one to start from.
            let fromOld = try await leader.post("\(Self.path(published))/drafts", form: [])
            #expect(fromOld.status == .conflict)
            #expect(fromOld.text.contains("id=\"newest-version\""))
        }
    }

    @Test func aRefusedEditStoresNothingAndSaysWhereTheFileIsWrong() async throws {
        try await withServer { server in
            let setting = try await CompetencePagesTests.setting(server)
            let store = setting.store
            let published = setting.framework
            let leader = try await Self.leaderWithDraft(server, published: published)
            let draft = try #require(try await store.latestVersion(of: published.id))
            let editPath = "\(Self.path(draft))/edit"
            let yaml = try Self.yaml(draft)

            // A competency's level 3 taken out: the problem names its line and the missing level.
            let start = try #require(yaml.range(of: "\n    - level: 3\n"))
            let end = try #require(yaml.range(of: "\n    - level: 4\n", range: start.upperBound..<yaml.endIndex))
            let broken = yaml.replacingCharacters(in: start.lowerBound..<end.lowerBound, with: "")
            let expected = FrameworkEditingPagesTests.problems(of: broken)
            let missing = try #require(expected.first { $0.kind == .missingLevel })
            #expect(missing.problem == Problem(.levelMissing, ["level": "3"]))
            #expect(missing.description.hasPrefix("line \(missing.line)"))
            try await leader.get(editPath)
            let refused = try await leader.post(editPath, form: [("yaml", broken)])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("id=\"form-error\""))
            #expect(refused.text.contains("id=\"file-problem-1\""))
            #expect(refused.text.contains(Node.escape(Localizer(.english).describe(missing))))
            #expect(refused.text.contains(Node.escape("\n" + broken) + "</textarea>"), "the text comes back as typed")
            #expect(try await store.framework(draft.reference) == draft)

            // Another key would move the draft to another framework's name.
            let renamed = try Self.replacing("key: \(draft.key)\n", with: "key: \(draft.key)-renamed\n", in: yaml)
            let rekeyed = try await leader.post(editPath, form: [("yaml", renamed)])
            #expect(rekeyed.status == .unprocessableEntity)
            #expect(rekeyed.text.contains("id=\"form-error-field\">The key must stay"))
            #expect(rekeyed.text.contains("<code>\(draft.key)-renamed</code>"))
            #expect(try await store.framework(draft.reference) == draft)

            // A published version is never edited: 409 for the form and for a post, nothing stored.
            let publishedEdit = "\(Self.path(published))/edit"
            let form = try await leader.get(publishedEdit)
            #expect(form.status == .conflict)
            #expect(form.text.contains("id=\"form-error\""))
            #expect(form.text.contains("id=\"new-draft\""))
            #expect(!form.text.contains("id=\"framework-yaml\""))
            let changed = try Self.replacing("en: \(try #require(published.competencies.first).name.text(in: .english))\n", with: "en: Changed\n", in: try Self.yaml(published))
            let posted = try await leader.post(publishedEdit, form: [("yaml", changed)])
            #expect(posted.status == .conflict)
            #expect(posted.text.contains("is published and never changes"))
            #expect(try await store.framework(published.reference) == published)
            #expect(try await store.framework(draft.reference) == draft)
        }
    }

    @Test func onlyLeadershipMakesAndEditsDrafts() async throws {
        try await withServer { server in
            let setting = try await CompetencePagesTests.setting(server)
            let store = setting.store
            let published = setting.framework
            _ = try await Self.leaderWithDraft(server, published: published)
            let draft = try #require(try await store.latestVersion(of: published.id))
            let yaml = try Self.yaml(draft)

            for login in [server.demo.logins.manager, server.demo.logins.seller] {
                let browser = TestBrowser(server)
                try await browser.signIn(login.email)
                let page = try await browser.get(Self.path(draft))
                #expect(page.status == .ok)
                #expect(!page.text.contains("id=\"edit-framework\""))
                #expect(!(try await browser.get(Self.path(published))).text.contains("id=\"new-draft\""))
                #expect(try await browser.get("\(Self.path(draft))/edit").status == .forbidden)
                try await browser.get(Self.path(draft))
                #expect(try await browser.post("\(Self.path(draft))/edit", form: [("yaml", yaml)]).status == .forbidden)
                #expect(try await browser.post("\(Self.path(published))/drafts", form: []).status == .forbidden)
            }
            #expect(try await store.frameworkVersions().count == 2)
            #expect(try await store.framework(draft.reference) == draft)
        }
    }
}
