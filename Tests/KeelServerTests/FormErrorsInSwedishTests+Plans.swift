import Foundation
@testable import KeelServer
import KeelStore
import SalesDomain
import Testing
import Vapor

/// The forms that set what a seller works towards — a goal, a KPI's target and weekly value, a
/// practice item — each submitted in Swedish with every field wrong.
extension FormErrorsInSwedishTests {
    /// Checks that each field is linked from the summary, carries its own message and exists.
    static func expectLinked(_ fields: [(field: String, id: String)], on page: TestServer.Exchange, sourceLocation: SourceLocation = #_sourceLocation) {
        for (field, id) in fields {
            #expect(page.text.contains("href=\"#\(id)\""), "the summary does not link \(field)", sourceLocation: sourceLocation)
            #expect(page.text.contains("id=\"\(id)\""), "no element \(id) for \(field)", sourceLocation: sourceLocation)
            #expect(page.text.contains("id=\"error-\(field)\""), "no message at \(field)", sourceLocation: sourceLocation)
        }
    }

    /// An owner the admin cannot find, a title too long, two dates that are no dates, a parent
    /// that is no id, a weight that is no number, a KPI that does not exist and a target that is no number.
    @Test func theGoalFormShowsEveryProblem() async throws {
        try await withServer { server in
            let browser = try await Self.swedishBrowser(server, server.demo.logins.admin.email)
            try await browser.get("/goals/new")
            let nobody = UUID()
            let title = String(repeating: "m", count: GoalDraft.titleLimit + 1)
            let page = try await browser.post("/goals", form: [
                ("owner", "person:\(nobody)"), ("title", title), ("start", "igår"), ("due", "snart"), ("parentID", "förälder"),
                ("weight", "mycket"), ("measure", "gissning"), ("target", "tio"), ("unit", ""),
            ])
            Self.expectEvery([
                (.unknownPerson, ["id": nobody.uuidString.lowercased()]), (.textTooLong, ["maximum": String(GoalDraft.titleLimit)]),
                (.notADate, ["value": "igår"]), (.notADate, ["value": "snart"]), (.notAnID, ["value": "förälder"]),
                (.notANumber, ["value": "mycket"]),
                (.goalKPIUnknown, ["value": "gissning", "choices": GoalKPI.allCases.map(\.rawValue).joined(separator: ", ")]),
                (.notANumber, ["value": "tio"]),
            ], on: page, fields: GoalFormPage.fields + ["personID", "level", "kpi"])
            Self.expectLinked(["owner", "title", "start", "due", "parentID", "weight", "measure", "target"].map { ($0, "field-\($0)") }, on: page)
            for typed in [title, "igår", "snart", "mycket", "tio"] {
                #expect(page.text.contains("value=\"\(typed)\""), "\(typed) is kept")
            }
        }
    }

    /// The target form: a KPI that does not exist and a target that is no number, both named.
    @Test func theKPITargetFormShowsEveryProblem() async throws {
        try await withServer { server in
            try await KPIsTests.seed(server)
            let seller = server.demo.logins.seller
            let browser = try await Self.swedishBrowser(server, server.demo.logins.manager.email)
            try await browser.get("/people/\(seller.id)/kpis")
            let page = try await browser.post("/people/\(seller.id)/kpis/target", form: [("kpi", "gissning"), ("target", "tio")])
            Self.expectEvery([(.unknownKPI, ["value": "gissning"]), (.kpiValueNotANumber, [:])], on: page, fields: ["kpi", "target"])
            Self.expectLinked([("target-kpi", "target-kpi"), ("target", "target")], on: page)
            #expect(page.text.contains("value=\"tio\""), "what was typed is kept")
        }
    }

    /// The weekly value: a KPI that does not exist, a week that is no week and a value that is no number.
    @Test func theKPIEntryFormShowsEveryProblem() async throws {
        try await withServer { server in
            try await KPIsTests.seed(server)
            let seller = server.demo.logins.seller
            let browser = try await Self.swedishBrowser(server, server.demo.logins.manager.email)
            try await browser.get("/people/\(seller.id)/kpis")
            let page = try await browser.post("/people/\(seller.id)/kpis/entries", form: [("kpi", "gissning"), ("week", "vecka 99"), ("value", "många")])
            Self.expectEvery([(.unknownKPI, ["value": "gissning"]), (.notAWeek, [:]), (.kpiValueNotANumber, [:])],
                             on: page, fields: ["kpi", "week", "value"])
            Self.expectLinked([("entry-kpi", "entry-kpi"), ("week", "week"), ("value", "value")], on: page)
            #expect(page.text.contains("value=\"många\""), "what was typed is kept")
            #expect(!page.text.contains("id=\"error-target-kpi\""), "the other form is not marked")
        }
    }

    /// A key of the wrong shape, no competency, an aim that is no number, a duration out of range
    /// and no English title or instructions: all at once, though two fields could not be read.
    @Test func thePracticeItemFormShowsEveryProblem() async throws {
        try await withServer { server in
            // The library practises the published competency framework.
            _ = try await CalibrationPagesTests.store(server)
            let browser = try await Self.swedishBrowser(server, server.demo.logins.admin.email)
            try await browser.get("/practice/library/new")
            let page = try await browser.post("/practice/library", form: [
                ("key", "Fel Nyckel"), ("competencyID", ""), ("kind", "drill"), ("aimLevel", "hög"), ("minutes", "90"),
                ("title-sv", "Bara svenska"), ("instructions-en", " "), ("instructions-sv", "Gör så här"),
            ])
            Self.expectEvery([
                (.practiceItemKeyFormat, ["key": "Fel Nyckel", "competency": "", "maximum": String(FrameworkKey.maximumLength)]),
                (.valueRequired, [:]), (.notAWholeNumber, ["value": "hög"]), (.numberBetween, ["minimum": "5", "maximum": "60"]),
                (.englishTextRequired, [:]),
            ], on: page, fields: ["key", "competency", "competencyID", "aimLevel", "minutes", "title", "instructions"])
            Self.expectLinked([("key", "key"), ("competency", "competencyID"), ("aimLevel", "aimLevel"), ("minutes", "minutes"),
                               ("title", "title"), ("instructions", "instructions")], on: page)
            #expect(page.text.components(separatedBy: Self.shown(.englishTextRequired)).count - 1 >= 2, "title and instructions are both named")
            for typed in ["Fel Nyckel", "hög", "90", "Bara svenska"] {
                #expect(page.text.contains("value=\"\(typed)\""), "\(typed) is kept")
            }
            #expect(page.text.contains(">Gör så här</textarea>"), "what was typed is kept")
        }
    }
}
