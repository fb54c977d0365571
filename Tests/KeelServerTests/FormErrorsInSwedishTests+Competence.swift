import Foundation
@testable import KeelServer
import KeelStore
import SalesDomain
import Testing
import Vapor

/// The competence and coaching forms, each submitted with every field wrong in Swedish.
extension FormErrorsInSwedishTests {
    /// What the form cannot resolve (a person nobody knows, a case without a title) and the
    /// exercise's own shape (no name, no competency, one rater) come back together.
    @Test func theCalibrationFormShowsWhatItCannotResolveBesideTheExercisesShape() async throws {
        try await withServer { server in
            let store = try await CalibrationPagesTests.store(server)
            let framework = try #require(try await store.frameworkVersions().filter { $0.status == .published }.max { $0.version < $1.version })
            let browser = try await Self.swedishBrowser(server, server.demo.logins.leader.email)
            try await browser.get("/competence/calibrations/new")
            let nobody = UUID().uuidString
            let noTeam = UUID().uuidString
            let page = try await browser.post("/competence/calibrations", form: [
                ("name", " "), ("framework", framework.reference.formValue), ("raters[]", server.demo.logins.manager.id.description),
                ("people[]", nobody), ("teams[]", noTeam), ("cases", "| bara material"),
            ])
            Self.expectEvery([
                (.valueRequired, [:]), (.exerciseNeedsCompetency, [:]), (.exerciseNeedsTwoRaters, [:]),
                (.calibrationUnknownPerson, ["id": nobody]), (.calibrationUnknownTeam, ["id": noTeam]), (.calibrationCaseTitle, ["line": "| bara material"]),
            ], on: page, fields: ["name", "competencyIDs", "raterIDs", "targets", "people", "cases"])
            for anchor in [CalibrationFormPage.nameField, CalibrationFormPage.competenciesField, CalibrationFormPage.ratersField,
                           CalibrationFormPage.peopleField, CalibrationFormPage.casesField] {
                #expect(page.text.contains("href=\"#\(anchor)\""), "the summary links \(anchor)")
            }
            #expect(!page.text.contains(Self.shown(.exerciseNeedsTwoTargets)), "a list that lost an unknown person is not also called short")
            #expect(page.text.contains("| bara material"), "what was typed is kept")
        }
    }

    @Test func theCalibrationAPIListsEveryProblemOfTheExercisesShape() async throws {
        try await withServer { server in
            let store = try await CalibrationPagesTests.store(server)
            let framework = try #require(try await store.frameworkVersions().filter { $0.status == .published }.max { $0.version < $1.version })
            let token = try await server.token(for: server.demo.logins.leader)
            let response = try await server.api(.POST, "/api/v1/competence/calibrations", token: token, json: [
                "name": " ", "frameworkID": framework.reference.frameworkID.rawValue.uuidString, "version": framework.version,
                "competencyIDs": [String](), "raterIDs": [server.demo.logins.manager.id.description],
                "targets": [["title": "Ett fall"]],
            ])
            #expect(response.status == .unprocessableEntity)
            let body = try JSONDecoder().decode(APIErrorBody.self, from: Data(response.text.utf8))
            #expect(body.problems?.map(\.field) == ["name", "competencyIDs", "raterIDs", "targets"])
            #expect(body.problems?.map(\.code) == ["required", "required", "required", "required"])
        }
    }

    /// Four competencies wrong at once: two the form cannot read (a target that is no number, a
    /// weight that is no number) and two the profile's rules refuse (a target off the scale, a
    /// weight of 0) — every one at its field, none waiting for the next submission.
    @Test func theRoleProfileFormShowsEveryProblem() async throws {
        try await withServer { server in
            let setting = try await RoleProfilePagesTests.setting(server)
            let framework = setting.framework
            let ticked = Array(framework.competencies.prefix(4))
            try #require(ticked.count == 4)
            let browser = try await Self.swedishBrowser(server, server.demo.logins.leader.email)
            try await browser.get(setting.editPath)
            // The second competency is wrong twice: its target is read and checked although its weight cannot be.
            let typed: [(target: String, weight: String)] = [("9", "1"), ("9", "mycket"), ("3", "0"), ("tre", "1")]
            var form: [(String, String)] = []
            for (competency, values) in zip(ticked, typed) {
                form += [("applies-\(competency.id)", "true"), ("target-\(competency.id)", values.target), ("weight-\(competency.id)", values.weight)]
            }
            let before = try await setting.storedProfiles()
            let page = try await browser.post(setting.editPath, form: form)
            let names = ticked.map { $0.name.text(in: .swedish) }
            let scale = framework.scale.description
            Self.expectEvery([
                (.roleProfileTargetInvalid, ["competency": names[0], "scale": scale]),
                (.roleProfileTargetInvalid, ["competency": names[1], "scale": scale]),
                (.roleProfileWeightInvalid, ["competency": names[1]]),
                (.roleProfileWeightInvalid, ["competency": names[2]]),
                (.roleProfileTargetInvalid, ["competency": names[3], "scale": scale]),
            ], on: page, fields: ["entries", "targetLevel", "weight"])
            let wrong = [(0, "target"), (1, "target"), (1, "weight"), (2, "weight"), (3, "target")]
            for (index, kind) in wrong {
                let field = "\(kind)-\(ticked[index].id)"
                #expect(page.text.contains("href=\"#\(field)\""), "the summary links \(field)")
                // Marked, and pointing at its row's problems, said on a line under the row.
                let tag = RoleProfilePagesTests.tag(field, in: page.text)
                #expect(tag?.contains("aria-invalid=\"true\"") == true, "\(field) is marked")
                #expect(tag?.contains("aria-describedby=\"problems-\(ticked[index].id)\"") == true, "\(field) points at its problems")
                #expect(page.text.contains("<span class=\"field-error\" id=\"problems-\(ticked[index].id)\">"))
            }
            #expect(RoleProfilePagesTests.tag("weight-\(ticked[1].id)", in: page.text)?.contains("value=\"mycket\"") == true, "what was typed is kept")
            #expect(try await setting.storedProfiles() == before, "nothing is saved")
        }
    }

    /// Every competency wrong at once: a level off the scale, one not a number, one missing on
    /// submit, and evidence too long.
    @Test func theRatingFormShowsEveryProblem() async throws {
        try await withServer { server in
            let setting = try await CompetencePagesTests.setting(server)
            let cycle = setting.openCycle.id
            let manager = server.demo.logins.manager
            let given = Set(try await setting.store.ratings(in: cycle, by: manager.id).map(\.rateeID))
            let participants = Set(try #require(try await setting.store.cycle(cycle)).participantIDs)
            let managersByTeam = CompetencePagesTests.managersByTeam(server.demo)
            let hierarchy = TeamHierarchy(server.demo.teams)
            let ratee = try #require(server.demo.people.first {
                participants.contains($0.id) && !given.contains($0.id)
                    && RaterEligibility.directManagers(of: $0, managersByTeam: managersByTeam, hierarchy: hierarchy).contains { $0.id == manager.id }
            })
            let profile = try #require(try await setting.store.applicableProfile(to: ratee, framework: setting.framework.id))
            let competencies = setting.framework.competencies.filter { profile.targets[$0.id] != nil }
            try #require(competencies.count >= 3)
            let browser = try await Self.swedishBrowser(server, manager.email)
            let formPath = "/competence/cycles/\(cycle)/people/\(ratee.id)/rate"
            try await browser.get(formPath)
            let typed = ["9", "tre"]
            var form: [(String, String)] = [("action", "submit")]
            for (index, competency) in competencies.enumerated() {
                if index < typed.count { form.append(("level-\(competency.id)", typed[index])) }
                form.append(("evidence-\(competency.id)", index == 0 ? String(repeating: "x", count: Rating.maximumEvidenceLength + 1) : "Sett i mötet \(index)"))
            }
            let page = try await browser.post(formPath, form: form)
            let scale = setting.framework.scale.description
            var expected: [(Problem.Key, [String: String])] = [(.textTooLong, ["maximum": String(Rating.maximumEvidenceLength)])]
            for (index, competency) in competencies.enumerated() {
                let name = competency.name.text(in: .swedish)
                expected.append(index < typed.count ? (.rateInvalidLevel, ["competency": name, "scale": scale]) : (.rateMissingLevel, ["competency": name]))
            }
            Self.expectEvery(expected, on: page, fields: competencies.map { "level-\($0.id)" } + ["evidence-\(competencies[0].id)"])
            for competency in competencies {
                #expect(page.text.contains("id=\"error-level-\(competency.id)\""), "no message at \(competency.id)")
                #expect(page.text.contains("href=\"#level-\(competency.id)\""), "the summary links \(competency.id)")
            }
            #expect(page.text.contains("id=\"error-evidence-\(competencies[0].id)\""))
            #expect(page.text.contains("Sett i mötet 1"), "what was typed is kept")
            #expect(try await setting.store.ratings(in: cycle, by: manager.id).filter { $0.rateeID == ratee.id }.isEmpty, "nothing stored")
        }
    }
}
