import Foundation
@testable import KeelServer
import SalesDomain
import Testing

/// The audit log page rendered from a fixed report, without a server or a database: the second
/// page of an admin's filtered log, in English and Swedish.
@Suite struct AuditPageSnapshotTests {
    static let organization = Organization.ID(UUID(uuidString: "00000000-0000-0000-0000-00000000000a")!)
    static func id(_ kind: Int, _ n: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-0000-%04d-%012d", kind, n))! }
    static let calendar = WeekCalendar.stockholm

    static let seller = Person(id: .init(id(2, 1)), organizationID: organization, name: "Karin <Bergström>", email: "karin@example.com",
                               jobRole: .accountExecutive, accessRole: .seller, teamID: nil)
    static let admin = Person(id: .init(id(2, 2)), organizationID: organization, name: "Oskar Engström", email: "oskar@example.com",
                              jobRole: .salesOperations, accessRole: .admin, teamID: nil)

    static var report: AuditLogReport {
        let day = Date(timeIntervalSince1970: 1_767_571_200)
        let events = [
            AuditEvent(id: .init(id(7, 1)), occurredAt: day.addingTimeInterval(3_600), actorID: nil, kind: "sign_in", entityID: seller.id.rawValue,
                       subjectID: seller.id, action: "failed",
                       changes: ["email": .init(old: nil, new: "=HYPERLINK(\"x\")"), "channel": .init(old: nil, new: "web")]),
            AuditEvent(id: .init(id(7, 2)), occurredAt: day, actorID: admin.id, kind: "person", entityID: seller.id.rawValue,
                       subjectID: seller.id, action: "moved", changes: [
                           "teamID": .init(old: id(3, 1).uuidString.lowercased(), new: id(3, 2).uuidString.lowercased()),
                           "marketID": .init(old: nil, new: id(4, 1).uuidString.lowercased()),
                           "jobRole": .init(old: "sdr", new: "account_executive"),
                       ]),
            AuditEvent(id: .init(id(7, 3)), occurredAt: day, actorID: admin.id, kind: "a_kind_from_the_future", entityID: id(8, 1),
                       subjectID: nil, action: "reshaped", changes: ["text": .init(old: nil, new: String(repeating: "x", count: 200))]),
            // Published from the command line: no one signed in, and a moment stored as ISO 8601.
            AuditEvent(id: .init(id(7, 4)), occurredAt: day, actorID: nil, kind: "framework_version", entityID: id(8, 2),
                       subjectID: nil, action: "published", changes: ["publishedAt": .init(old: nil, new: "2026-01-05T08:30:00Z")]),
        ]
        let query = AuditQuery(person: seller.id, from: day.addingTimeInterval(-86_400), before: day.addingTimeInterval(86_400), limit: 3, offset: 3)
        // Team 3-2 was deleted since: its id has no name.
        let names = AuditNames(people: [seller.id: seller.name, admin.id: admin.name], teams: [.init(id(3, 1)): "Nord & Syd"],
                               markets: [.init(id(4, 1)): Market(id: .init(id(4, 1)), organizationID: organization, code: "SE", name: "Sweden")])
        return AuditLogReport(query: query, events: events, total: 8, people: [seller.id: seller, admin.id: admin], names: names)
    }

    @Test(arguments: [Language.english, .swedish])
    func theSecondPageOfAPersonsEvents(language: Language) {
        // setup
        let text = Localizer(language)
        let model = AuditPage.Model(report: Self.report, calendar: Self.calendar)
        // MUT
        let html = AuditPage.render(model, context: PageContext(
            text: text, viewer: Self.admin, capabilities: [.readAuditLog], csrfToken: "token", path: "/admin/audit")).render()
        // validate
        #expect(model.person == "karin@example.com")
        #expect(model.from == "2026-01-04" && model.to == "2026-01-06")
        #expect(html.contains(text(.auditShowing, ["first": "4", "last": "7", "total": "8"])))
        #expect(html.contains("id=\"audit-newer\"") && html.contains("id=\"audit-older\""))
        #expect(html.contains("a_kind_from_the_future: reshaped"), "a kind this release does not name reads as stored")
        #expect(!html.contains("Karin <Bergström>"))
        // Ids read as today's names, a deleted team says so, fields and values in the reader's language.
        #expect(!html.contains(Self.id(3, 1).uuidString.lowercased()) && !html.contains(Self.id(3, 2).uuidString.lowercased()))
        #expect(!html.contains(Self.id(4, 1).uuidString.lowercased()))
        #expect(html.contains("Nord &amp; Syd → \(Node.escape(text(.auditDeletedTeam)))"))
        #expect(html.contains(Node.escape(text.market(Self.report.names.markets.values.first!))))
        #expect(html.contains("\(text.name(of: JobRole.salesDevelopmentRepresentative)) → \(text.name(of: JobRole.accountExecutive))"))
        #expect(html.contains(text(.personTeam)) && html.contains(text(.personEmail)))
        // A failed sign-in has no one signed in; a published framework was Keel's own doing.
        #expect(html.contains(Node.escape(text(.auditNoActorSignIn))) && html.contains(Node.escape(text(.auditNoActor))))
        #expect(!html.contains("2026-01-05T08:30:00Z") && html.contains(text.auditField("publishedAt")))
        let published = Date(timeIntervalSince1970: 1_767_601_800)
        let when = Date.FormatStyle(date: .abbreviated, time: .standard, locale: Locale(identifier: language.rawValue),
                                    timeZone: Self.calendar.timeZone)
        #expect(html.contains(Node.escape(published.formatted(when))), "the moment as the log writes its own times")
        if language == .swedish {
            #expect(html.contains("Kanal") && html.contains("webb") && !html.contains(">channel<") && !html.contains(">email<"))
            #expect(html.contains("Sverige"))
        }
        expectSnapshot(html, named: "audit-admin-\(language.rawValue)")
    }

    @Test func aCSVFieldThatASpreadsheetWouldRunIsDefused() throws {
        let file = AuditCSV.file(Self.report)
        #expect(file.hasPrefix("\u{FEFF}occurred_at,"))
        let row = try #require(file.split(separator: "\r\n").dropFirst().first)
        #expect(row.hasSuffix(#","{""channel"":{""new"":""web""},""email"":{""new"":""=HYPERLINK(\""x\"")""}}""#), "\(row)")
        #expect(AuditCSV.quoted("=1+1") == "'=1+1")
        #expect(AuditCSV.quoted("a,b") == "\"a,b\"")
    }

    /// A manager's review of a postponement reads as the review form names it, not as its code.
    @Test func aReviewsVerdictReadsInTheReadersLanguage() {
        let names = AuditNames(people: [:], teams: [:], markets: [:])
        for language in Language.allCases {
            let text = Localizer(language)
            #expect(text.auditValue("verified_obstacle", field: "verdict", names: names) == text(.reviewVerified))
            #expect(text.auditValue("accepted_excuse", field: "verdict", names: names) == text(.reviewExcuse))
        }
        #expect(Localizer(.english).auditValue("a_verdict_from_the_future", field: "verdict", names: names) == "a_verdict_from_the_future")
    }
}
