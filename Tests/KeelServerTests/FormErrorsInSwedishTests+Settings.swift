import Foundation
@testable import KeelServer
import KeelStore
import SalesDomain
import Testing
import Vapor

/// The execution settings and a person's own password, each submitted with every field wrong in
/// Swedish, and the settings' API.
extension FormErrorsInSwedishTests {
    /// A malformed code, an unnamed reason and a duplicate code: all three at their rows at once.
    @Test func theReasonsSettingsShowEveryProblem() async throws {
        try await withServer { server in
            let settings = OrganizationSettings(database: server.app.db, organizationID: server.demo.organization.id)
            let before = try await settings.reasonCatalog()
            let browser = try await Self.swedishBrowser(server, server.demo.logins.leader.email)
            try await browser.get("/settings/reasons")
            let page = try await browser.post("/settings/reasons", form: [
                ("count", "3"),
                ("code_0", "Dålig kod"), ("sv_0", "Dålig"), ("class_0", "obstacle"), ("active_0", "true"),
                ("code_1", "customer_rescheduled"), ("sv_1", " "), ("class_1", "obstacle"), ("active_1", "true"),
                ("code_2", "customer_rescheduled"), ("sv_2", "Kunden bokade om igen"), ("class_2", "obstacle"),
            ])
            Self.expectEvery([
                (.reasonCodeFormat, [:]), (.reasonNeedsName, ["code": "customer_rescheduled"]),
                (.reasonCodeDuplicate, ["code": "customer_rescheduled", "row": "2"]),
            ], on: page, fields: ["reasons[0].code", "reasons[1].names", "reasons[2].code", "code_0", "sv_1"])
            for field in ["reasons[0].code", "reasons[1].names", "reasons[2].code"] {
                #expect(page.text.contains("id=\"error-\(field)\""), "no message at \(field)")
            }
            #expect(page.text.contains("href=\"#reason-reasons[0].code\"") && page.text.contains("href=\"#reason-reasons[1].code\""),
                    "the summary links each problem to its row")
            #expect(page.text.contains("value=\"Dålig kod\"") && page.text.contains("value=\"Kunden bokade om igen\""), "what was typed is kept")
            #expect(try await settings.reasonCatalog() == before, "nothing written")
        }
    }

    @Test func theReasonsAPIListsEveryProblemWithCodeAndField() async throws {
        try await withServer { server in
            let token = try await server.token(for: server.demo.logins.leader)
            let response = try await server.api(.PUT, "/api/v1/reasons", token: token, json: ["reasons": [
                ["code": "no_time", "names": ["en": "No time"], "reasonClass": "excuse_prone"],
                ["code": "no_time", "names": ["sv": "Ingen tid"], "reasonClass": "excuse_prone"],
                ["code": "lost", "names": ["en": " "], "reasonClass": "obstacle"],
            ]])
            // The first problem is the error and sets the status: a duplicate is a conflict.
            #expect(response.status == .conflict)
            let body = try JSONDecoder().decode(APIErrorBody.self, from: Data(response.text.utf8))
            #expect(body.error.code == "duplicate" && body.error.field == "reasons[1].code")
            #expect(body.problems?.map(\.field) == ["reasons[1].code", "reasons[2].names"])
            #expect(body.problems?.map(\.code) == ["duplicate", "required"])
        }
    }

    /// Lists a browser cannot send wrong, sent wrong: each problem at its list, the rest kept.
    @Test func theWorkCategoriesShowEveryProblemAtItsField() async throws {
        try await withServer { server in
            let browser = try await Self.swedishBrowser(server, server.demo.logins.leader.email)
            try await browser.get("/settings/work-categories")
            let page = try await browser.post("/settings/work-categories", form: [
                ("type.call", "ibland"), ("type.meeting", "selling"), ("type.email", "mest"), ("fallback", "okänd"),
            ])
            Self.expectEvery([
                (.notAWorkCategory, ["value": "ibland"]), (.notAWorkCategory, ["value": "mest"]), (.chooseWorkCategory, [:]),
            ], on: page, fields: ["type.call", "type.email", "fallback"])
            for field in ["type.call", "type.email", "fallback"] {
                #expect(page.text.contains("id=\"error-\(field)\""), "no message at \(field)")
                #expect(page.text.contains("href=\"#field-\(field)\"") && page.text.contains("id=\"field-\(field)\""), "the summary links \(field)")
            }
            #expect(page.text.contains("<strong>\(Node.escape(Self.swedish.activityType(ActivityType("call")))): </strong>"),
                    "the summary names the row by its activity type")
            let meeting = try #require(page.text.components(separatedBy: "name=\"type.meeting\"").dropFirst().first?.components(separatedBy: "</select>").first)
            #expect(meeting.contains("value=\"selling\" selected"), "what was chosen is kept")
            #expect(!page.text.contains("id=\"notice\""))
        }
    }

    @Test func theWorkCategoriesAPIListsEveryProblemWithCodeAndField() async throws {
        try await withServer { server in
            let token = try await server.token(for: server.demo.logins.leader)
            let response = try await server.api(.PUT, "/api/v1/work-categories", token: token, json: [
                "categoryByType": ["call": "sometimes", "email": "mostly"], "unmappedCategory": "unknown",
            ])
            #expect(response.status == .unprocessableEntity)
            let body = try JSONDecoder().decode(APIErrorBody.self, from: Data(response.text.utf8))
            #expect(body.problems?.map(\.field) == ["categoryByType.call", "categoryByType.email", "unmappedCategory"])
            #expect(body.problems?.allSatisfy { $0.code == "invalid_value" } == true)
        }
    }

    /// A wrong current password, a new one too short and a confirmation that differs: all three
    /// at their fields. Passwords are never written back into the form.
    @Test func thePasswordFormShowsEveryProblem() async throws {
        try await withServer { server in
            let seller = server.demo.logins.seller
            let browser = try await Self.swedishBrowser(server, seller.email)
            try await browser.get("/people/\(seller.id)/password")
            let page = try await browser.post("/people/\(seller.id)/password", form: [
                ("currentPassword", "fel-lösenord-123"), ("newPassword", "kort"), ("confirmPassword", "annat"),
            ])
            Self.expectEvery([(.currentPasswordWrong, [:]), (.textTooShort, ["minimum": "12"]), (.passwordsDiffer, [:])],
                             on: page, fields: ["currentPassword", "newPassword", "confirmPassword"])
            for field in ["currentPassword", "newPassword", "confirmPassword"] {
                #expect(page.text.contains("id=\"error-\(field)\""), "no message at \(field)")
                #expect(page.text.contains("href=\"#field-\(field)\""), "the summary links \(field)")
            }
            #expect(!page.text.contains("fel-lösenord-123") && !page.text.contains("value=\"kort\""), "no password is written back")
        }
    }

    /// Years that are no number and years out of range, both at their fields.
    @Test func theRetentionSettingsShowEveryProblem() async throws {
        try await withServer { server in
            let browser = try await Self.swedishBrowser(server, server.demo.logins.admin.email)
            try await browser.get("/settings/retention")
            let page = try await browser.post("/settings/retention", form: [("textYears", "många"), ("leaverYears", "0")])
            Self.expectEvery([(.notAWholeNumber, ["value": "många"]), (.numberBetween, ["minimum": "1", "maximum": String(RetentionPolicy.maximumYears)])],
                             on: page, fields: ["textYears", "leaverYears"])
            Self.expectLinked([("textYears", "field-textYears"), ("leaverYears", "field-leaverYears")], on: page)
            #expect(page.text.contains("value=\"många\"") && page.text.contains("value=\"0\""), "what was typed is kept")
        }
    }

    /// Numbers that are no numbers, a count that is no whole number and shares and counts out of
    /// range: every threshold at its field, the shares' ranges in per cent.
    @Test func theDiagnosisSettingsShowEveryProblem() async throws {
        try await withServer { server in
            _ = try await CalibrationPagesTests.store(server)
            let browser = try await Self.swedishBrowser(server, server.demo.logins.leader.email)
            try await browser.get("/settings/diagnosis")
            let page = try await browser.post("/settings/diagnosis", form: [
                ("tolerance", "mycket"), ("executionThreshold", "0"), ("minimumPlannedActivities", "2,5"), ("minimumDecidedDeals", "5000"),
                ("structuralShare", "x"), ("stallShare", "150"),
            ])
            Self.expectEvery([
                (.analysisRulesNotANumber, ["value": "mycket"]), (.numberAboveUpTo, ["minimum": "0", "maximum": "100"]),
                (.analysisRulesWholeNumber, [:]), (.numberBetween, ["minimum": "1", "maximum": "1000"]),
                (.analysisRulesNotANumber, ["value": "x"]), (.numberBetween, ["minimum": "0", "maximum": "100"]),
            ], on: page, fields: DiagnosisSettingsPage.policyFields)
            Self.expectLinked(DiagnosisSettingsPage.policyFields.map { ($0, "field-\($0)") }, on: page)
            #expect(page.text.contains("value=\"mycket\"") && page.text.contains("value=\"2,5\""), "what was typed is kept")
        }
    }

    /// Names too long in two rows and two languages: each at its cell, linked from the summary.
    @Test func theWordsSettingsShowEveryProblem() async throws {
        try await withServer { server in
            let browser = try await Self.swedishBrowser(server, server.demo.logins.leader.email)
            try await browser.get("/settings/words")
            let long = String(repeating: "o", count: OrganizationVocabulary.maximumNameLength + 1)
            let page = try await browser.post("/settings/words", form: [
                ("count", "2"), ("kind_0", "activity_type"), ("code_0", "meeting"), ("sv_0", long),
                ("kind_1", "job_role"), ("code_1", "account_executive"), ("en_1", long), ("nb_1", "Kundansvarlig"),
            ])
            Self.expectEvery([(.textTooLong, ["maximum": String(OrganizationVocabulary.maximumNameLength)])],
                             on: page, fields: ["words[0].names.sv", "words[1].names.en", "sv_0", "en_1"])
            Self.expectLinked([("words[0].names.sv", "word-words[0].names.sv"), ("words[1].names.en", "word-words[1].names.en")], on: page)
            #expect(page.text.components(separatedBy: Self.shown(.textTooLong, ["maximum": String(OrganizationVocabulary.maximumNameLength)])).count - 1 >= 4,
                    "both names are named, at their cells and in the summary")
            #expect(page.text.contains("value=\"\(long)\"") && page.text.contains("value=\"Kundansvarlig\""), "what was typed is kept")
        }
    }
}
