import Foundation
@testable import KeelServer
import SalesDomain
import Testing

/// Pages rendered straight from their models, without a server.
@Suite struct PageRenderingTests {
    let organization = Organization.ID(UUID(uuidString: "00000000-0000-0000-0000-00000000000a")!)

    func context(_ language: Language = .english) -> PageContext {
        PageContext(text: Localizer(language), viewer: nil, capabilities: [], csrfToken: "token", path: "/")
    }

    func person(_ n: Int) -> Person {
        Person(id: .init(UUID(uuidString: String(format: "00000000-0000-0000-0002-%012d", n))!), organizationID: organization,
               name: "Person \(n)", email: "p\(n)@example.com", jobRole: .accountExecutive, accessRole: .seller)
    }

    @Test func aLongTeamListingSaysItIsCutShort() {
        let team = Team(id: .init(UUID(uuidString: "00000000-0000-0000-0001-000000000001")!), organizationID: organization, name: "Sweden")
        let rows = (1...3).map { PersonRow(person: person($0), teamName: "Sweden", market: Market(id: Market.ID(UUID(uuidString: "00000000-0000-0000-0000-0000000000AA")!), organizationID: person($0).organizationID, code: "SE", name: "Sweden")) }
        let model = TeamPage.Model(
            team: team, headcount: 4012, ownMembers: 4012, ancestors: [], market: nil, subteams: [], managers: [], people: rows, totalPeople: 4012,
            reviewQuery: .teamPage(team.id, asOf: Date(timeIntervalSince1970: 0)), postponements: [], postponementTotal: 0, postponementUnreviewed: 0,
            personChoices: [], reasonChoices: [])
        let html = TeamPage.render(model, context: context(.swedish)).render()
        #expect(html.contains("id=\"people-truncated\""))
        #expect(html.contains("Visar de första 3 av 4012 personer"))
        let complete = TeamPage.Model(
            team: team, headcount: 3, ownMembers: 3, ancestors: [], market: nil, subteams: [], managers: [], people: rows, totalPeople: 3,
            reviewQuery: .teamPage(team.id, asOf: Date(timeIntervalSince1970: 0)), postponements: [], postponementTotal: 0, postponementUnreviewed: 0,
            personChoices: [], reasonChoices: [])
        #expect(!TeamPage.render(complete, context: context()).render().contains("people-truncated"))
    }

    @Test func everyPageDeclaresItsLanguageAndCarriesTheCSRFToken() {
        let html = LoginPage.render(.init(), context: context(.norwegianBokmal)).render()
        #expect(html.hasPrefix("<!doctype html><html lang=\"nb\">"))
        #expect(html.contains("name=\"_csrf\" value=\"token\""))
        #expect(html.contains("<label for=\"login-email\">"))
    }
}
