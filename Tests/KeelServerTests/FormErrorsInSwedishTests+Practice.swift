import Foundation
@testable import KeelServer
import KeelStore
import SalesDomain
import Testing
import Vapor

/// The practice forms a seller and their coach fill in on an entry — the seller's repetition
/// with a self-score and a note, the coach's score of a role-play per level — each submitted in
/// Swedish with every field wrong.
extension FormErrorsInSwedishTests {
    /// A role-play in the demo seller's plan, added by their manager, with the store and the seller's policy.
    static func rolePlayEntry(_ server: TestServer) async throws -> (store: PracticeStore, entry: PracticePlanEntry, seller: AccessPolicy) {
        // The library practises the published competency framework.
        _ = try await CalibrationPagesTests.store(server)
        let demo = server.demo
        let hierarchy = try await Directory(database: server.app.db, organizationID: demo.organization.id).hierarchy()
        let store = try await PracticeStore.of(database: server.app.db, organizationID: demo.organization.id)
        let framework = try #require(try await store.framework())
        let profile = try await CompetenceStore(database: server.app.db, organizationID: demo.organization.id)
            .applicableProfile(to: demo.logins.seller, framework: framework.id)
        let profiled = Set(profile?.entries.map(\.competencyID) ?? [])
        let library = try await store.library()
        let rolePlay = try #require(library.first { $0.kind == .rolePlay && (profiled.isEmpty || profiled.contains($0.competencyID)) })
        let entry = try await store.addToPlan(
            rolePlay.id, of: demo.logins.seller.id, for: AccessPolicy(viewer: Viewer(demo.logins.manager), hierarchy: hierarchy), at: server.clock.now)
        return (store, entry, AccessPolicy(viewer: Viewer(demo.logins.seller), hierarchy: hierarchy))
    }

    /// A self-score that is no score and a note over the limit: both at their fields, the note kept.
    @Test func thePracticeRepetitionFormShowsEveryProblem() async throws {
        try await withServer { server in
            let (store, entry, seller) = try await Self.rolePlayEntry(server)
            let browser = try await Self.swedishBrowser(server, server.demo.logins.seller.email)
            try await browser.get("/practice/entries/\(entry.id)")
            let note = "Gick bra " + String(repeating: "n", count: PracticeRep.noteLimit)
            let page = try await browser.post("/practice/entries/\(entry.id)/repetitions", form: [("selfScore", "hög"), ("note", note)])
            Self.expectEvery([
                (.numberBetween, ["minimum": String(PracticeRep.selfScores.lowerBound), "maximum": String(PracticeRep.selfScores.upperBound)]),
                (.textTooLong, ["maximum": String(PracticeRep.noteLimit)]),
            ], on: page, fields: ["selfScore", "note"])
            Self.expectLinked([("selfScore", "selfScore"), ("note", "field-note")], on: page)
            #expect(page.text.contains(">\(note)</textarea>"), "what was typed is kept")
            #expect(try await store.itemScreen(entry.id, for: seller, asOf: server.clock.now).repetitions.isEmpty, "nothing stored")
        }
    }

    /// The coach's score of a role-play: one level marked with a value that is neither choice
    /// (named with what was sent), the others left unmarked, a level outside the scale and a
    /// comment over the limit.
    @Test func theRolePlayScoreShowsEveryProblem() async throws {
        try await withServer { server in
            let (store, entry, seller) = try await Self.rolePlayEntry(server)
            let rep = try await store.complete(entry.id, with: PracticeRepDraft(selfScore: 3, note: ""), for: seller, at: server.clock.now)
            let scale = try await store.itemScreen(entry.id, for: seller, asOf: server.clock.now).scale
            let levels = Array(scale.dropFirst())
            let tampered = try #require(levels.first)
            let outside = scale.upperBound + 1
            let browser = try await Self.swedishBrowser(server, server.demo.logins.manager.email)
            try await browser.get("/practice/entries/\(entry.id)")
            let comment = "Bra öppning " + String(repeating: "k", count: PracticeRep.noteLimit)
            let page = try await browser.post("/practice/repetitions/\(rep.id)/observation", form: [
                ("level-\(tampered)", "kanske"), ("level-\(outside)", "effective"), ("comment", comment),
            ])
            Self.expectEvery(
                [(Problem.Key.practiceLevelMarkNotAChoice, ["level": String(tampered), "value": "kanske"])]
                    + levels.dropFirst().map { (Problem.Key.practiceLevelNotMarked, ["level": String($0)]) } + [
                    (.levelOutsideScale, ["level": String(outside), "scale": "\(scale.lowerBound)–\(scale.upperBound)"]),
                    (.textTooLong, ["maximum": String(PracticeRep.noteLimit)]),
                ], on: page, fields: levels.map { "level-\($0)" } + ["comment"])
            Self.expectLinked(levels.map { ("level-\($0)", "level-\($0)") } + [("comment", "field-comment")], on: page)
            #expect(page.text.contains(">\(comment)</textarea>"), "what was typed is kept")
            #expect(!page.text.contains(Self.shown(.practiceLevelNotMarked, ["level": String(tampered)])), "a level sent is not called unmarked")
            let screen = try await store.itemScreen(entry.id, for: seller, asOf: server.clock.now)
            #expect(screen.repetitions.allSatisfy { $0.rep.observation == nil }, "nothing scored")
        }
    }
}
