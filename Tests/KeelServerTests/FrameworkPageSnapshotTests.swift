import Foundation
@testable import KeelServer
import KeelStore
import SalesDomain
import Testing

/// The framework pages rendered from fixed screen answers, without a server or a database: each
/// page model is built from its screen's value alone, as the controller builds it.
@Suite struct FrameworkPageSnapshotTests {
    typealias C = CompetencePageSnapshotTests
    typealias F = HeatmapPageSnapshotTests

    static var published: CompetencyFramework { C.framework }
    static var draft: CompetencyFramework {
        var draft = C.framework
        draft.version = 2
        draft.publishedAt = nil
        return draft
    }
    static let other = CompetencyFramework(
        id: .init(F.id(5, 2)), organizationID: F.organization, key: "key-accounts", name: "Key <accounts> & partners",
        areas: F.framework.areas)

    static func policy(_ viewer: Person) -> AccessPolicy { AccessPolicy(viewer: Viewer(viewer), managedSubtree: nil) }

    @Test(arguments: [Language.english, .swedish])
    func everyVersionForLeadershipWithTheImportForm(language: Language) {
        // setup
        let list = FrameworkList(versions: [Self.published, Self.other, Self.draft], for: Self.policy(C.leader))
        // MUT
        let model = FrameworksPage.Model(list: list)
        let html = FrameworksPage.render(model, context: C.context(C.leader, Localizer(language))).render()
        // validate
        #expect(model.versions.map(\.reference) == [Self.other.reference, Self.draft.reference, Self.published.reference])
        #expect(html.contains("id=\"framework-import\""))
        expectSnapshot(html, named: "frameworks-leader-\(language.rawValue)")
    }

    @Test func aSellerReadsAVersionWithoutWaysToChangeIt() {
        // setup
        let screen = FrameworkVersionScreen(framework: Self.published, newest: Self.draft, for: Self.policy(C.astrid))
        // MUT
        let model = FrameworkPage.Model(screen: screen)
        let html = FrameworkPage.render(model, context: C.context(C.astrid)).render()
        // validate
        #expect(!model.mayChange && model.newest == nil)
        #expect(!html.contains("id=\"new-draft\"") && !html.contains("id=\"publish-framework\""))
        expectSnapshot(html, named: "framework-seller-en")
    }

    @Test func aRefusedNewDraftLinksTheDraftBeingEdited() {
        // setup
        let screen = FrameworkVersionScreen(framework: Self.published, newest: Self.draft, for: Self.policy(C.leader))
        let refusal = FieldError(field: "version", code: .conflict, .frameworkDraftExists, ["version": "2"])
        // MUT
        let model = FrameworkPage.Model(screen: screen, errors: [refusal], linkingNewerVersion: true)
        let html = FrameworkPage.render(model, context: C.context(C.leader)).render()
        // validate
        #expect(model.newest == Self.draft)
        #expect(html.contains("id=\"existing-draft\"") && html.contains("id=\"new-draft\""))
        expectSnapshot(html, named: "framework-refused-draft-en")
    }
}
