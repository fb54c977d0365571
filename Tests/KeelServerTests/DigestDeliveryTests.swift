import Foundation
@testable import KeelServer
import KeelStore
import SalesDomain
import Testing
import Vapor

@Suite("The weekly digest: MIME written and read back, delivery through an SMTP sink, retries after a refused connection, once a week")
struct DigestDeliveryTests {
    @Test func aMessageWithNordicLettersReadsBackAsWritten() throws {
        let text = "Hej Åsa!\n.a line starting with a dot\nBlåbærsyltetøy – uke 14"
        let html = "<p>Hej <strong>Åsa</strong> — ø æ å</p>"
        let subject = "Ditt team den här veckan – vecka 14, och en lång rad som måste delas på flera kodade ord för att inte bli för lång"
        let message = MIMEMessage(
            from: "keel@example.com", to: "asa@example.se", subject: subject, text: text, html: html,
            date: Date(timeIntervalSince1970: 1_774_846_800), messageID: "8f1c@example.com")

        let raw = message.rendered
        let parsed = try ParsedMail(raw)

        #expect(parsed.headers["from"] == "keel@example.com" && parsed.headers["to"] == "asa@example.se")
        #expect(parsed.headers["date"] == "Mon, 30 Mar 2026 05:00:00 +0000")
        #expect(parsed.headers["message-id"] == "<8f1c@example.com>")
        #expect(parsed.headers["mime-version"] == "1.0")
        #expect(parsed.headers["content-type"]?.hasPrefix("multipart/alternative; boundary=") == true)
        #expect(parsed.subject == subject)
        #expect(parsed.parts["text"] == text && parsed.parts["html"] == html)
        // Every header and body line is ASCII and at most 78 characters, every line ends in CRLF.
        for line in raw.components(separatedBy: "\r\n") {
            #expect(line.utf8.count <= 78 && line.unicodeScalars.allSatisfy(\.isASCII), "line \(line)")
        }
        #expect(!raw.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(MIMEMessage.encodedHeader("Plain subject") == "Plain subject")
    }

    @Test func dataLinesStartingWithADotAreDoubledAndTheDataEndsWithADotLine() {
        #expect(MIMEMessage.dotStuffed("a\r\n.b\r\n..c\r\n") == "a\r\n..b\r\n...c\r\n.\r\n")
    }

    @Test func aRelayURLIsReadOrRefusedWithTheReason() throws {
        let relay = try SMTPRelay(url: "smtp://user:p%40ss@mail.example.com:2525", from: "keel@example.com")
        #expect(relay.host == "mail.example.com" && relay.port == 2525 && relay.username == "user" && relay.password == "p@ss")
        #expect(try SMTPRelay(url: "smtp://localhost", from: nil).port == 25)
        #expect(throws: SMTPRelay.ConfigurationProblem.self) { try SMTPRelay(url: "ftp://mail.example.com", from: nil) }
        #expect(throws: SMTPRelay.ConfigurationProblem.self) { try SMTPRelay(url: "smtp://localhost", from: "not an address") }
        let problems = #expect(throws: KeelConfiguration.Problems.self) {
            try KeelConfiguration.fromEnvironment(["KEEL_SMTP_URL": "ftp://mail.example.com"])
        }
        #expect(problems?.messages.first?.contains("ftp") == true)
        #expect(try KeelConfiguration.fromEnvironment([:]).smtp == nil)
    }

    @Test func aRefusedConnectionKeepsTheMessageQueuedAndALaterAttemptDeliversItOncePerWeek() async throws {
        try await withServer(sellers: 12) { server in
            // setup: a port nothing listens on — a sink started and stopped.
            let gone = try await FakeSMTPServer.start()
            let closedPort = gone.port
            try await gone.stop()
            let relay = SMTPRelay(host: "127.0.0.1", port: closedPort, from: "keel@example.com")
            let delivery = DigestDelivery(
                database: server.app.db, relay: relay, linkBase: "https://keel.example.com", logger: server.app.logger, timeout: .seconds(10))
            let organization = server.demo.organization.id
            let store = try await DigestStore.of(database: server.app.db, organizationID: organization)
            let manager = server.demo.logins.manager
            // The test clock is Monday 5 January 2026 00:00Z, 01:00 in Stockholm: before the week's send time.
            let early = try await delivery.run(at: server.clock.now)
            #expect(early.composed == 0 && early.sent == 0)

            // MUT: at 07:00 local the week is composed; the relay refuses the connection
            server.clock.advance(by: 6 * 3_600)
            let first = try await delivery.run(at: server.clock.now)

            // validate: queued, failing with the cause, nothing lost
            #expect(first.composed > 0 && first.sent == 0 && first.failed == first.composed)
            let week = try #require(DigestSchedule.dueWeek(at: server.clock.now, calendar: store.calendar))
            #expect(try await store.hasMessage(for: manager.id, week: week))
            let admin = try await Directory(database: server.app.db, organizationID: organization).accessPolicy(for: server.demo.logins.admin)
            let failing = try await store.outboxReport(configured: true, for: admin)
            // Both organizations' managers were composed; this admin sees their own organization's.
            let ours = failing.rows.count
            #expect(ours > 0 && ours < first.composed && failing.counts[.failing] == ours && failing.counts[.sent] == 0)
            let row = try #require(failing.rows.first { $0.personID == manager.id })
            #expect(row.state == .failing && row.attempts == 1)
            #expect(row.lastError?.contains("unreachable") == true && row.lastError?.contains("127.0.0.1:\(closedPort)") == true)
            #expect(row.nextAttemptAt == server.clock.now.addingTimeInterval(60))
            // The API's outbox says the same, each failing message with its cause.
            let outbox = try await server.api(.GET, "/api/v1/outbox", token: try await server.token(for: server.demo.logins.admin)).json()
            let rows = try #require(outbox["rows"] as? [[String: Any]])
            #expect(rows.count == ours && rows.allSatisfy { ($0["lastError"] as? String)?.contains("connection refused") == true })
            // Not yet due again: a second run a few seconds later does not touch it.
            let soon = try await delivery.run(at: server.clock.now.addingTimeInterval(5))
            #expect(soon.composed == 0 && soon.sent == 0 && soon.failed == 0)

            // MUT: a minute later the relay is up
            let sink = try await FakeSMTPServer.start()
            var working = delivery
            working.relay = SMTPRelay(host: "127.0.0.1", port: sink.port, from: "keel@example.com")
            server.clock.advance(by: 61)
            let second = try await working.run(at: server.clock.now)

            // validate: every message delivered once, the manager's in their language with both parts
            #expect(second.composed == 0 && second.sent == first.composed && second.failed == 0, "\(second.errors)")
            #expect(sink.messages.count == first.composed)
            let mail = try #require(sink.messages.first { $0.recipients == ["<\(manager.email)>"] })
            #expect(mail.from == "<keel@example.com>")
            let parsed = try ParsedMail(mail.data)
            let text = Localizer(manager.language ?? .english)
            #expect(parsed.subject == text(.digestSubjectManager, ["week": String(week.week)]))
            #expect(parsed.parts["text"]?.contains(text(.digestGreeting, ["name": manager.name])) == true)
            #expect(parsed.parts["html"]?.contains("https://keel.example.com/digest") == true)
            let sent = try await store.outboxReport(configured: true, for: admin)
            #expect(sent.counts[.sent] == ours && sent.counts[.failing] == 0)
            #expect(sent.rows.first { $0.personID == manager.id }?.attempts == 2)

            // validate: the week is not composed or sent again, by the schedule or an operator
            let again = try await working.run(at: server.clock.now.addingTimeInterval(3_600))
            let operator_ = try await working.sendNow(at: server.clock.now.addingTimeInterval(7_200))
            #expect(again.composed == 0 && again.sent == 0 && operator_.composed == 0 && operator_.sent == 0)
            #expect(sink.messages.count == first.composed)
            try await sink.stop()
        }
    }

    @Test func aPersonTurnsTheirDigestOffAndOnAndPreviewsItButOnlyAdminsSeeTheOutbox() async throws {
        try await withServer(sellers: 12) { server in
            let manager = try await server.token(for: server.demo.logins.manager)
            let seller = try await server.token(for: server.demo.logins.seller)
            let admin = try await server.token(for: server.demo.logins.admin)

            let initial = try await server.api(.GET, "/api/v1/me/digest", token: manager).json()
            #expect(initial["enabled"] as? Bool == true && initial["chosen"] as? Bool == false)
            #expect(initial["configured"] as? Bool == false && initial["audience"] as? String == "manager")

            let off = try await server.api(.PUT, "/api/v1/me/digest", token: manager, json: ["enabled": false])
            #expect(off.status == .ok)
            #expect(try off.json()["enabled"] as? Bool == false && off.json()["chosen"] as? Bool == true)
            let store = try await DigestStore.of(database: server.app.db, organizationID: server.demo.organization.id)
            #expect(try await !store.recipients().contains { $0.id == server.demo.logins.manager.id })
            let adminPolicy = try await Directory(database: server.app.db, organizationID: server.demo.organization.id).accessPolicy(for: server.demo.logins.admin)
            let log = try await AuditLog(database: server.app.db, organizationID: server.demo.organization.id)
                .report(AuditQuery(person: server.demo.logins.manager.id), for: adminPolicy).events
            #expect(log.contains { $0.action == "create" && $0.changes["enabled"]?.new == "false" })
            #expect(try await server.api(.PUT, "/api/v1/me/digest", token: manager, json: ["enabled": "no"]).status == .badRequest)
            #expect(try await server.api(.PUT, "/api/v1/me/digest", token: manager, json: [String: Any]()).status == .badRequest)
            #expect(try await server.api(.PUT, "/api/v1/me/digest", token: manager, json: ["enabled": true]).json()["enabled"] as? Bool == true)

            // The manager's team was never coached in this organization: every seller is overdue.
            let preview = try await server.api(.GET, "/api/v1/me/digest/preview", token: manager).json()
            #expect(preview["empty"] as? Bool == false && preview["audience"] as? String == "manager")
            let sections = try #require(preview["sections"] as? [[String: Any]])
            #expect(sections.contains { $0["id"] as? String == "digest-overdue-sellers" })

            let sellerPreview = try await server.api(.GET, "/api/v1/me/digest/preview", token: seller).json()
            #expect(sellerPreview["audience"] as? String == "seller")
            let adminPreview = try await server.api(.GET, "/api/v1/me/digest/preview", token: admin).json()
            #expect(adminPreview["audience"] == nil && adminPreview["empty"] as? Bool == true)

            #expect(try await server.api(.GET, "/api/v1/outbox", token: manager).status == .forbidden)
            let outbox = try await server.api(.GET, "/api/v1/outbox", token: admin).json()
            #expect(outbox["configured"] as? Bool == false)
        }
    }
}
