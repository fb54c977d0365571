import Foundation
@testable import KeelServer
import SalesDomain
import Testing

/// A person's page as an admin reads it, from a fixed report: the change history says who
/// changed what when, each field from → to with names for ids (a deleted team says so), and the
/// page offers setting a new password.
@Suite struct PersonPageSnapshotTests {
    static let organization = AuditPageSnapshotTests.organization
    static func id(_ kind: Int, _ n: Int) -> UUID { AuditPageSnapshotTests.id(kind, n) }
    static let north = Team(id: .init(id(3, 1)), organizationID: organization, name: "Nord")
    static let sweden = Market(id: .init(id(4, 1)), organizationID: organization, code: "SE", name: "Sweden")
    static let norway = Market(id: .init(id(4, 2)), organizationID: organization, code: "NO", name: "Norway")
    static let seller = Person(id: .init(id(2, 1)), organizationID: organization, name: "Karin Bergström", email: "karin@example.com",
                               jobRole: .accountExecutive, accessRole: .seller, teamID: north.id, marketID: norway.id)
    static let admin = AuditPageSnapshotTests.admin

    static var report: PersonReport {
        let day = Date(timeIntervalSince1970: 1_767_571_200)
        let events = [
            AuditEvent(id: .init(id(7, 3)), occurredAt: day.addingTimeInterval(7_200), actorID: admin.id, kind: "password",
                       entityID: seller.id.rawValue, subjectID: seller.id, action: "changed",
                       changes: ["sessionsEnded": .init(old: nil, new: "1"), "tokensRevoked": .init(old: nil, new: "0")]),
            AuditEvent(id: .init(id(7, 2)), occurredAt: day.addingTimeInterval(3_600), actorID: admin.id, kind: "person",
                       entityID: seller.id.rawValue, subjectID: seller.id, action: "updated",
                       changes: ["marketID": .init(old: sweden.id.description, new: norway.id.description)]),
            AuditEvent(id: .init(id(7, 1)), occurredAt: day, actorID: nil, kind: "person", entityID: seller.id.rawValue,
                       subjectID: seller.id, action: "moved",
                       changes: ["teamID": .init(old: id(3, 9).uuidString.lowercased(), new: north.id.description)]),
        ]
        let names = AuditNames(people: [admin.id: admin.name], teams: [north.id: north.name],
                               markets: [sweden.id: sweden, norway.id: norway])
        let audit = AuditLogReport(query: AuditQuery(person: seller.id, limit: 3), events: events, total: 5,
                                   people: [admin.id: admin], names: names)
        return PersonReport(person: seller, team: north, market: norway, leaderMarkets: [],
                            history: [(TeamMembership(personID: seller.id, teamID: north.id, from: day), north.name)], audit: audit)
    }

    @Test(arguments: [Language.english, .swedish])
    func theChangeHistoryAsAnAdminReadsIt(language: Language) {
        // setup
        let text = Localizer(language)
        // MUT
        let html = PersonPage.render(PersonPage.Model(report: Self.report), context: PageContext(
            text: text, viewer: Self.admin, capabilities: [.administerDirectory, .readAuditLog, .readOthers], csrfToken: "token",
            path: "/people/\(Self.seller.id)")).render()
        // validate
        #expect(html.contains("id=\"set-password\"") && html.contains("href=\"/people/\(Self.seller.id)/password\""))
        #expect(html.contains(Node.escape(text(.historyBy, ["name": Self.admin.name]))) && html.contains(Node.escape(text(.historyByNobody))))
        #expect(html.contains("\(text.market(Self.sweden)) → \(text.market(Self.norway))"))
        #expect(html.contains("\(Node.escape(text(.auditDeletedTeam))) → Nord"))
        #expect(!html.contains(Self.sweden.id.description) && !html.contains(Self.id(3, 9).uuidString.lowercased()))
        #expect(html.contains("href=\"/admin/audit?person=\(Self.seller.id)\""), "the rest of the history is a link away")
        expectSnapshot(html, named: "person-history-\(language.rawValue)")
    }
}
