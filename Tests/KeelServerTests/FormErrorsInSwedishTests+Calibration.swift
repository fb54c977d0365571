import Foundation
@testable import KeelServer
import KeelStore
import SalesDomain
import Testing
import Vapor

/// Calibration set up by a leader of one market: offered their market's people only, and told by
/// name when a hand-made request chooses someone or a team beyond it — on the page in Swedish and
/// in the API.
extension FormErrorsInSwedishTests {
    /// The Norwegian market's leader (with the test password), a Swedish person out of their
    /// reach, and the newest published framework.
    static func norwegianLeader(_ server: TestServer) async throws -> (leader: Person, swede: Person, framework: CompetencyFramework) {
        let store = try await CalibrationPagesTests.store(server)
        let framework = try #require(try await store.frameworkVersions().filter { $0.status == .published }.max { $0.version < $1.version })
        let norway = try #require(server.demo.markets.first { $0.code == "NO" })
        let leader = try #require(server.demo.people.first { $0.accessRole == .leader && $0.isActive && $0.leaderMarketIDs == [norway.id] })
        let swede = try #require(server.demo.people.first { $0.isActive && $0.teamID != nil && $0.marketID != nil && $0.marketID != norway.id })
        _ = try await CalibrationPagesTests.signIn(leader, on: server)
        return (leader, swede, framework)
    }

    /// The Swedish person is not offered; ticked by hand with the top team (listed above Norway's
    /// teams, out of reach), each is named, the team's problem linked to where the team is listed.
    @Test func theCalibrationFormNamesAPersonAndATeamOutOfReach() async throws {
        try await withServer { server in
            let (leader, swede, framework) = try await Self.norwegianLeader(server)
            let top = try #require(server.demo.teams.first { $0.isActive && $0.parentID == nil })
            let raters = server.demo.people.filter { $0.accessRole == .manager && $0.isActive }.prefix(2)
            let browser = try await Self.swedishBrowser(server, leader.email)
            let form = try await browser.get("/competence/calibrations/new")
            #expect(!form.text.contains("id=\"person-\(swede.id)\""), "a person out of reach is not offered")
            #expect(form.text.contains("id=\"team-group-\(top.id)\"") && !form.text.contains("id=\"team-\(top.id)\""))

            let store = CompetenceStore(database: server.app.db, organizationID: server.demo.organization.id)
            let before = try await store.calibrationExercises().count
            let page = try await browser.post("/competence/calibrations", form: [
                ("name", "Norge"), ("framework", framework.reference.formValue), ("competencies[]", framework.competencies[0].id.description),
                ("people[]", swede.id.description), ("teams[]", top.id.description),
            ] + raters.map { ("raters[]", $0.id.description) })
            Self.expectEvery([(.calibrationPersonOutOfReach, ["person": swede.name]), (.calibrationTeamOutOfReach, ["team": top.name])],
                             on: page, fields: ["people", "teams"])
            #expect(page.text.contains("href=\"#\(CalibrationFormPage.peopleField)\""), "the person's problem links to the people list")
            #expect(page.text.contains("href=\"#team-group-\(top.id)\""), "the team's problem links to where the team is listed")
            #expect(try await store.calibrationExercises().count == before, "nothing stored")
        }
    }

    /// The API refuses a target out of the leader's reach at `targets`, naming the person.
    @Test func theCalibrationAPINamesATargetOutOfReach() async throws {
        try await withServer { server in
            let (leader, swede, framework) = try await Self.norwegianLeader(server)
            let raters = server.demo.people.filter { $0.accessRole == .manager && $0.isActive }.prefix(2)
            let token = try await server.token(for: leader)
            let response = try await server.api(.POST, "/api/v1/competence/calibrations", token: token, json: [
                "name": "Norge", "frameworkID": framework.reference.frameworkID.rawValue.uuidString, "version": framework.version,
                "competencyIDs": [framework.competencies[0].id.description], "raterIDs": raters.map(\.id.description),
                "targets": [["title": swede.name, "personID": swede.id.description], ["title": "Ett fall"]],
            ])
            #expect(response.status == .unprocessableEntity, "\(response.text)")
            let body = try JSONDecoder().decode(APIErrorBody.self, from: Data(response.text.utf8))
            #expect(body.error.field == "targets")
            #expect(body.error.message == Localizer(.english)(Problem(.calibrationPersonOutOfReach, ["person": swede.name])))
        }
    }
}
