import Foundation
@testable import KeelServer
import KeelStore
import SalesDomain
import Testing
import Vapor

/// What the domain, the store and the file readers report — why a calibration has no agreement
/// yet, what an import noticed, what is wrong in a framework or practice library file — reaches
/// a Swedish reader in Swedish, on the page and in the API, with no English sentence left.
@Suite(.serialized) struct DomainTextInSwedishTests {
    private static let swedish = Localizer(.swedish)
    private static let english = Localizer(.english)

    /// The person's saved language is Swedish: their pages and their API answers.
    private static func swedishBrowser(_ server: TestServer, _ person: Person) async throws -> TestBrowser {
        let browser = try await CalibrationPagesTests.signIn(person, on: server)
        _ = try await browser.post("/language", form: [("language", "sv"), ("returnTo", "/")])
        return browser
    }

    @Test func anExerciseWithoutScoresSaysWhyThereIsNoAgreementInSwedish() async throws {
        try await withServer { server in
            let store = try await CalibrationPagesTests.store(server)
            let framework = try #require(try await store.frameworkVersions().filter { $0.status == .published }.max { $0.version < $1.version })
            let competency = try #require(framework.competencies.first)
            let leader = server.demo.logins.leader
            let browser = try await Self.swedishBrowser(server, leader)
            let token = try await server.token(for: leader)
            let created = try await server.api(.POST, "/api/v1/competence/calibrations", token: token, json: [
                "name": "Vårens kalibrering", "frameworkID": framework.id.description, "version": framework.version,
                "competencyIDs": [competency.id.description], "raterIDs": [server.demo.logins.manager.id.description, leader.id.description],
                "targets": [["title": "Fall 1"], ["title": "Fall 2"]],
            ])
            #expect(created.status == .created, "\(created.text)")
            let id = try #require(try created.json()["id"] as? String)
            let uuid = try #require(UUID(uuidString: id))
            let problem = try #require(try await store.calibrationResults(.init(uuid)).agreementProblem)
            #expect(problem.key == .agreementTooFewTargets)

            // MUT
            let page = try await browser.get("/competence/calibrations/\(id)")
            let api = try await server.api(.GET, "/api/v1/competence/calibrations/\(id)", token: token)

            // validate
            #expect(page.status == .ok)
            #expect(page.text.contains("id=\"agreement-missing\">\(Node.escape(Self.swedish(problem)))<"))
            #expect(!page.text.contains("agreement needs") && !page.text.contains(Node.escape(Self.english(problem))))
            let worded = try #require(try api.json()["agreementProblem"] as? [String: Any])
            #expect(worded["code"] as? String == "agreementTooFewTargets")
            #expect(worded["message"] as? String == Self.swedish(problem))
            #expect((worded["message"] as? String)?.hasPrefix("Samstämmighet kräver minst 2 poäng") == true)
        }
    }

    @Test func aSectorThatLooksMisspeltIsNotedInSwedish() async throws {
        try await withServer { server in
            let admin = server.demo.logins.admin
            let browser = try await Self.swedishBrowser(server, admin)
            let csv = "account,sector,office_location\nNordbygg AB,technolgy,Sweden\nFjordkraft AS,technolgy,Norway\n"
            let notice = Problem(.importSectorLooksMisspelt, ["column": "sector", "value": "technolgy", "rows": "2", "suggestion": "technology"])
            try await browser.get("/imports")

            // MUT
            let page = try await browser.upload("/imports", fields: [("kind", "accounts"), ("mapping", "maven-crm-accounts"), ("dryRun", "true")],
                                                file: (field: "file", name: "accounts.csv", contents: csv))
            let api = try await server.api(.POST, "/api/v1/imports?kind=accounts&mapping=maven-crm-accounts&dryRun=true",
                                           token: try await server.token(for: admin), csv: csv)

            // validate
            #expect(page.text.contains("id=\"import-notes\""), "\(page.text.prefix(2000))")
            #expect(page.text.contains(Node.escape(Self.swedish(notice))))
            #expect(!page.text.contains("looks like a misspelling") && !page.text.contains(Node.escape(Self.english(notice))))
            #expect(api.status == .ok, "\(api.text)")
            #expect(try api.json()["notes"] as? [String] == [Self.swedish(notice)])
            #expect(Self.swedish(notice).contains("ser ut som en felstavning av ”technology”"))
        }
    }

    /// A framework with a misspelt key, a number written as text and a list where a mapping
    /// belongs: each problem at its line and column, worded in Swedish.
    static let brokenFramework = """
        format: 1
        key: liten
        name: {en: Tiny, se: Liten}
        scale: {min: 1, max: "3"}
        areas:
        - prospecting
        """

    @Test func aFrameworkFilesProblemsReadInSwedish() async throws {
        try await withServer { server in
            let leader = server.demo.logins.leader
            let browser = try await Self.swedishBrowser(server, leader)
            try await browser.get("/competence/frameworks")
            let expected = [
                "rad 3, kolumn 18: name.se: okänd nyckel `se`; menade du `sv`? Här rymmer filen `en`, `sv`, `nb`",
                "rad 4, kolumn 22: scale.max: ett heltal förväntades; hittade texten ”3” (ta bort citattecknen)",
                "rad 6, kolumn 3: areas[0]: en mappning med nycklarna `key`, `name`, `competencies` förväntades; hittade `prospecting`",
            ]

            // MUT
            let page = try await browser.upload("/competence/frameworks", fields: [], file: ("file", "liten.yaml", Self.brokenFramework))
            let api = try await CompetenceAPITests().upload(server, .POST, "/api/v1/competence/frameworks", token: try await server.token(for: leader),
                                                            yaml: Self.brokenFramework)

            // validate
            #expect(page.status == .unprocessableEntity)
            for line in expected {
                #expect(page.text.contains(Node.escape(line)), "\(line)")
            }
            for english in ["line 3", "column 18", "unknown key", "did you mean", "expected ", "found "] {
                #expect(!page.text.contains(english), "English: \(english)")
            }
            #expect(api.status == .unprocessableEntity)
            let messages = try #require(try api.json()["problems"] as? [[String: Any]]).compactMap { $0["message"] as? String }
            #expect(messages == expected.map { String($0.split(separator: ": ", maxSplits: 2)[2]) })
        }
    }

    @Test func aPracticeLibraryFilesProblemsReadInSwedish() async throws {
        try await withServer { server in
            let admin = server.demo.logins.admin
            let browser = try await Self.swedishBrowser(server, admin)
            try await browser.get("/practice/library")
            let file = """
                format: 1
                items:
                - key: prospecting.one
                  kind: sprint
                  minutes: many
                  title: {en: One, de: Eins}
                """
            let expected = [
                Problem(.frameworkFileNotOneOf, ["field": "kind", "allowed": "`drill`, `role-play`, `micro-lesson`"]),
                Problem(.frameworkFileFieldRequired, ["field": "competency"]),
            ]

            // MUT
            let page = try await browser.upload("/practice/library/file", fields: [], file: ("file", "library.yaml", file))

            // validate
            #expect(page.status == .unprocessableEntity)
            #expect(page.text.contains(Node.escape(Self.swedish(Problem(.frameworkFileExpectedWholeNumber, ["found": "`many`"])))))
            #expect(page.text.contains("okänd nyckel `de`"))
            for problem in expected {
                #expect(page.text.contains(Node.escape(Self.swedish(problem))), "\(problem)")
            }
            for english in ["line 3", "column 3", "unknown key", "must be one of", "is required", "expected ", "found "] {
                #expect(!page.text.contains(english), "English: \(english)")
            }
        }
    }
}
