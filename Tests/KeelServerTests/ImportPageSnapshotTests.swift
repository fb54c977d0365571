import Foundation
import KeelImport
@testable import KeelServer
@testable import KeelStore
import SalesDomain
import Testing

/// The import page rendered from a fixed import history, without a server or a database.
@Suite struct ImportPageSnapshotTests {
    typealias C = CompetencePageSnapshotTests

    static let history = ImportHistory(runs: [
        ImportRunRecord(kind: "deals", mapping: "hubspot-deals", fileName: "deals <march>.csv", asOf: Date(timeIntervalSince1970: 1_788_000_000),
                        rows: 120, inserted: 100, updated: 15, unchanged: 5, actorID: C.leader.id.rawValue, importedByName: C.leader.name,
                        finishedAt: Date(timeIntervalSince1970: 1_788_040_000)),
        ImportRunRecord(kind: "products", mapping: "maven-crm-products", fileName: "products.csv", asOf: Date(timeIntervalSince1970: 1_787_000_000),
                        rows: 7, inserted: 7, updated: 0, unchanged: 0, actorID: nil, importedByName: nil,
                        finishedAt: Date(timeIntervalSince1970: 1_787_040_000)),
    ], total: 2)

    @Test(arguments: [Language.english, .swedish])
    func theFormAndTheLatestImports(language: Language) {
        // setup
        let text = Localizer(language)
        // MUT
        let model = ImportPage.Model(recent: Self.history.runs)
        let html = ImportPage.render(model, context: C.context(C.leader, text)).render()
        // validate
        #expect(html.contains("<td>\(C.leader.name)</td>"))
        #expect(html.contains("<td>\(text(.importByCommandLine))</td>"))
        #expect(html.contains("deals &lt;march&gt;.csv"))
        expectSnapshot(html, named: "imports-leader-\(language.rawValue)")
    }
}
