import Foundation
@testable import KeelServer
import KeelStore
import SalesDomain
import Testing

@Suite("E-mail over TLS: smtps and STARTTLS with a loopback relay whose certificate a private CA signed; the URL's TLS policy and KEEL_SMTP_CA_FILE")
struct SMTPTLSTests {
    let message = MIMEMessage(
        from: "keel@example.com", to: "asa@example.se", subject: "Ditt team den här veckan – vecka 14",
        text: "Hej Åsa!\n.en rad som börjar med en punkt", html: "<p>Hej <strong>Åsa</strong> — ø æ å</p>",
        date: Date(timeIntervalSince1970: 1_774_846_800), messageID: "tls@example.com")

    var authority: TestCertificateAuthority { get throws { try TestCertificateAuthority.shared.get() } }

    func relay(_ url: String, trusting caFile: String? = nil) throws -> SMTPRelay {
        try SMTPRelay(url: url, from: "keel@example.com", trust: caFile.map { file throws in try SMTPTrust(caFile: file) } ?? .system)
    }

    @Test func smtpsDeliversTheMessageIntactOverTLSFromTheFirstByte() async throws {
        // setup
        let authority = try authority
        let server = try await FakeSMTPServer.start(security: .implicit(authority.serverContext()), password: "hemligt lösen")

        // MUT
        try await SMTPClient(relay: relay("smtps://keel:hemligt%20l%C3%B6sen@localhost:\(server.port)", trusting: authority.caFile)).send(message)

        // validate: one message, byte for byte, every command encrypted
        let received = try #require(server.messages.first)
        #expect(server.messages.count == 1 && received.overTLS)
        #expect(received.data == message.rendered && received.recipients == ["<asa@example.se>"])
        #expect(try ParsedMail(received.data).parts["text"] == "Hej Åsa!\n.en rad som börjar med en punkt")
        #expect(!server.commands.isEmpty && server.commands.allSatisfy(\.overTLS))
        try await server.stop()
    }

    @Test func startTLSUpgradesAndGreetsAgainBeforeThePasswordIsSent() async throws {
        let authority = try authority
        let server = try await FakeSMTPServer.start(security: .startTLS(authority.serverContext()), password: "s3cret")

        try await SMTPClient(relay: relay("smtp://keel:s3cret@localhost:\(server.port)", trusting: authority.caFile)).send(message)

        // validate: EHLO and STARTTLS in clear, then EHLO again and everything else, AUTH first, encrypted
        let commands = server.commands.map { ($0.overTLS ? "tls " : "clear ") + ($0.line.split(separator: " ").first.map(String.init) ?? "") }
        #expect(commands == ["clear EHLO", "clear STARTTLS", "tls EHLO", "tls AUTH", "tls MAIL", "tls RCPT", "tls DATA", "tls QUIT"])
        let token = Data("\u{0}keel\u{0}s3cret".utf8).base64EncodedString()
        #expect(server.commands.filter { !$0.overTLS }.allSatisfy { !$0.line.contains(token) })
        #expect(server.messages.count == 1 && server.messages.first?.overTLS == true && server.messages.first?.data == message.rendered)
        try await server.stop()
    }

    /// A relay that offers only LOGIN (older Exchange and hosting relays do) gets the user and the
    /// password one after the other, over TLS; a wrong password is refused with the relay named;
    /// a relay offering only mechanisms Keel does not speak is named with what it offers.
    @Test func aRelayOfferingOnlyLOGINGetsTheUserAndPasswordInTurn() async throws {
        let authority = try authority
        let server = try await FakeSMTPServer.start(security: .startTLS(authority.serverContext()), password: "s3cret", mechanisms: ["LOGIN"])
        let foreign = try await FakeSMTPServer.start(security: .startTLS(authority.serverContext()), password: "s3cret", mechanisms: ["CRAM-MD5", "XOAUTH2"])

        try await SMTPClient(relay: relay("smtp://keel:s3cret@localhost:\(server.port)", trusting: authority.caFile)).send(message)
        let wrong = await #expect(throws: SMTPFailure.self) {
            try await SMTPClient(relay: relay("smtp://keel:wrong@localhost:\(server.port)", trusting: authority.caFile)).send(message)
        }
        let unspoken = await #expect(throws: SMTPFailure.self) {
            try await SMTPClient(relay: relay("smtp://keel:s3cret@localhost:\(foreign.port)", trusting: authority.caFile)).send(message)
        }

        let dialogue = server.commands.prefix(7).map { command in
            (command.overTLS ? "tls " : "clear ")
                + (command.line.hasPrefix("(") ? command.line : command.line.split(separator: " ").first.map(String.init) ?? "")
        }
        #expect(dialogue == ["clear EHLO", "clear STARTTLS", "tls EHLO", "tls AUTH", "tls (AUTH LOGIN user)", "tls (AUTH LOGIN password)", "tls MAIL"])
        #expect(server.commands.contains { $0.line == "AUTH LOGIN" && $0.overTLS })
        #expect(server.messages.count == 1)
        #expect(wrong == .authenticationRefused(host: "localhost", port: server.port, username: "keel", code: 535, text: "5.7.8 authentication credentials invalid"))
        #expect(unspoken == .noCommonAuthMechanism(host: "localhost", port: foreign.port, offered: ["CRAM-MD5", "XOAUTH2"]))
        #expect(unspoken?.description.contains("localhost:\(foreign.port) offers the logins CRAM-MD5, XOAUTH2") == true)
        #expect(foreign.messages.isEmpty && !foreign.commands.contains { $0.line.hasPrefix("AUTH") })
        try await server.stop()
        try await foreign.stop()
    }

    @Test func theChoiceOfLoginFollowsWhatTheRelayOffers() {
        #expect(SMTPAuthMechanism.choose(offered: nil) == .plain)
        #expect(SMTPAuthMechanism.choose(offered: []) == .plain)
        #expect(SMTPAuthMechanism.choose(offered: ["LOGIN", "PLAIN"]) == .plain)
        #expect(SMTPAuthMechanism.choose(offered: ["login", "CRAM-MD5"]) == .login)
        #expect(SMTPAuthMechanism.choose(offered: ["XOAUTH2"]) == nil)
    }

    @Test func aRefusedCommandNamesTheRelay() {
        #expect(SMTPFailure.rejected(host: "mail.example.com", port: 587, command: "RCPT TO:<a@b.se>", code: 550, text: "no such user").description
            == "SMTP server mail.example.com:587 refused RCPT TO:<a@b.se>: 550 no such user")
        #expect(SMTPFailure.closed(host: "mail.example.com", port: 587, command: "DATA").description
            == "SMTP server mail.example.com:587 closed the connection after DATA")
    }

    @Test func withoutAUserSTARTTLSIsUsedWhenOfferedAndPlainSMTPWhenNot() async throws {
        let authority = try authority
        let offering = try await FakeSMTPServer.start(security: .startTLS(authority.serverContext()))
        let plain = try await FakeSMTPServer.start()

        try await SMTPClient(relay: relay("smtp://localhost:\(offering.port)", trusting: authority.caFile)).send(message)
        try await SMTPClient(relay: relay("smtp://localhost:\(plain.port)")).send(message)

        #expect(offering.messages.first?.overTLS == true && plain.messages.first?.overTLS == false)
        #expect(plain.messages.first?.data == message.rendered)
        try await offering.stop()
        try await plain.stop()
    }

    @Test func requiredTLSWithoutSTARTTLSFailsClearlyAndTheDigestStaysQueuedUntilTheRelayOffersIt() async throws {
        let authority = try authority
        try await withServer(sellers: 12) { server in
            // setup: a relay that speaks only plain SMTP; the URL has a user, so TLS is required
            let plain = try await FakeSMTPServer.start(password: "s3cret")
            let delivery = DigestDelivery(
                database: server.app.db, relay: try relay("smtp://keel:s3cret@localhost:\(plain.port)", trusting: authority.caFile),
                linkBase: "https://keel.example.com", logger: server.app.logger, timeout: .seconds(10))
            let organization = server.demo.organization.id
            let store = try await DigestStore.of(database: server.app.db, organizationID: organization)
            let admin = try await Directory(database: server.app.db, organizationID: organization).accessPolicy(for: server.demo.logins.admin)
            server.clock.advance(by: 6 * 3_600)

            // MUT
            let first = try await delivery.run(at: server.clock.now)

            // validate: nothing sent, not even the login; every message kept with the cause
            #expect(first.composed > 0 && first.sent == 0 && first.failed == first.composed)
            #expect(plain.messages.isEmpty && !plain.commands.contains { $0.line.hasPrefix("AUTH") || $0.line.hasPrefix("MAIL") })
            let failing = try await store.outboxReport(configured: true, for: admin)
            let row = try #require(failing.rows.first { $0.personID == server.demo.logins.manager.id })
            #expect(row.state == .failing && row.attempts == 1)
            #expect(row.lastError == SMTPFailure.tlsNotOffered(host: "localhost", port: plain.port).description)
            #expect(row.lastError?.contains("localhost:\(plain.port) does not offer STARTTLS") == true)
            try await plain.stop()

            // MUT: the relay now offers STARTTLS
            let secure = try await FakeSMTPServer.start(security: .startTLS(authority.serverContext()), password: "s3cret")
            var working = delivery
            working.relay = try relay("smtp://keel:s3cret@localhost:\(secure.port)", trusting: authority.caFile)
            server.clock.advance(by: 61)
            let second = try await working.run(at: server.clock.now)

            // validate: every kept message delivered once, over TLS
            #expect(second.sent == first.composed && second.failed == 0, "\(second.errors)")
            #expect(secure.messages.count == first.composed && secure.messages.allSatisfy(\.overTLS))
            #expect(try await store.outboxReport(configured: true, for: admin).counts[.failing] == 0)
            try await secure.stop()
        }
    }

    @Test func answersInjectedInClearAfterSTARTTLSAreRefusedBeforeTheLogin() async throws {
        let authority = try authority
        let server = try await FakeSMTPServer.start(
            security: .startTLS(authority.serverContext(), injecting: "250-fake.test greets you\r\n250 AUTH PLAIN"), password: "s3cret")

        let failure = await #expect(throws: SMTPFailure.self) {
            try await SMTPClient(relay: relay("smtp://keel:s3cret@localhost:\(server.port)", trusting: authority.caFile), timeout: .seconds(10)).send(message)
        }

        guard case .tlsFailed(let host, _, let cause)? = failure else {
            Issue.record("expected a TLS failure, got \(String(describing: failure))")
            return
        }
        #expect(host == "localhost" && cause.contains("in clear after agreeing to STARTTLS"))
        #expect(!server.commands.contains { $0.line.hasPrefix("AUTH") || $0.line.hasPrefix("MAIL") })
        try await server.stop()
    }

    @Test(arguments: [false, true])
    func aCertificateFromAnUntrustedAuthorityFailsVerification(startTLS: Bool) async throws {
        let authority = try authority
        let context = try authority.serverContext()
        let server = try await FakeSMTPServer.start(security: startTLS ? .startTLS(context) : .implicit(context), password: "s3cret")
        let url = startTLS ? "smtp://keel:s3cret@localhost:\(server.port)" : "smtps://keel:s3cret@localhost:\(server.port)"

        let failure = await #expect(throws: SMTPFailure.self) { try await SMTPClient(relay: relay(url), timeout: .seconds(10)).send(message) }

        guard case .certificateUntrusted(let host, let port, let cause, nil)? = failure else {
            Issue.record("expected an untrusted certificate, got \(String(describing: failure))")
            return
        }
        #expect(host == "localhost" && port == server.port && cause.contains("not signed by a trusted certificate authority"))
        #expect(failure?.description.contains("SMTP server localhost:\(server.port)") == true && failure?.description.contains("KEEL_SMTP_CA_FILE") == true)
        #expect(server.messages.isEmpty && !server.commands.contains { $0.line.hasPrefix("AUTH") })
        try await server.stop()
    }

    @Test func aCertificateForAnotherNameFailsEvenFromTheTrustedAuthority() async throws {
        let authority = try authority
        let server = try await FakeSMTPServer.start(security: .implicit(authority.serverContext()))

        let failure = await #expect(throws: SMTPFailure.self) {
            try await SMTPClient(relay: relay("smtps://127.0.0.1:\(server.port)", trusting: authority.caFile), timeout: .seconds(10)).send(message)
        }

        #expect(failure == .certificateUntrusted(host: "127.0.0.1", port: server.port, cause: "it is issued for another name than '127.0.0.1'", caFile: authority.caFile))
        #expect(server.messages.isEmpty)
        try await server.stop()
    }

    @Test func aRefusedLoginAndAPlainPortNameTheRelayAndTheCause() async throws {
        let authority = try authority
        let secure = try await FakeSMTPServer.start(security: .startTLS(authority.serverContext()), password: "s3cret")
        let plain = try await FakeSMTPServer.start()

        let refused = await #expect(throws: SMTPFailure.self) {
            try await SMTPClient(relay: relay("smtp://keel:wrong@localhost:\(secure.port)", trusting: authority.caFile)).send(message)
        }
        let notTLS = await #expect(throws: SMTPFailure.self) {
            try await SMTPClient(relay: relay("smtps://localhost:\(plain.port)", trusting: authority.caFile), timeout: .seconds(10)).send(message)
        }

        #expect(refused == .authenticationRefused(host: "localhost", port: secure.port, username: "keel", code: 535, text: "5.7.8 authentication credentials invalid"))
        #expect(refused?.description == "SMTP server localhost:\(secure.port) refused the login of 'keel': 535 5.7.8 authentication credentials invalid")
        guard case .tlsFailed(let host, let port, _)? = notTLS else {
            Issue.record("expected a TLS failure, got \(String(describing: notTLS))")
            return
        }
        #expect(host == "localhost" && port == plain.port && notTLS?.description.hasPrefix("TLS with SMTP server localhost:\(plain.port) failed") == true)
        #expect(secure.messages.isEmpty && plain.messages.isEmpty)
        try await secure.stop()
        try await plain.stop()
    }

    @Test func theURLsSchemeAndTLSParameterChooseThePolicy() throws {
        let cases: [(url: String, security: SMTPTransportSecurity, port: Int)] = [
            ("smtps://mail.example.com", .implicitTLS, 465),
            ("SMTPS://user:pw@mail.example.com:2465", .implicitTLS, 2465),
            ("smtps://mail.example.com?tls=required", .implicitTLS, 465),
            ("smtp://mail.example.com", .startTLSOpportunistic, 25),
            ("smtp://user:pw@smtp.office365.com:587", .startTLSRequired, 587),
            ("smtp://mail.example.com:587?tls=required", .startTLSRequired, 587),
            ("smtp://mail.example.com?tls=Opportunistic", .startTLSOpportunistic, 25),
            ("smtp://mail.example.com?tls=none", .none, 25),
            ("smtp://user:pw@localhost?tls=none", .none, 25),
            ("smtp://user:pw@127.0.0.1:2525?tls=none", .none, 2525),
        ]
        for (url, security, port) in cases {
            let relay = try SMTPRelay(url: url, from: nil)
            #expect(relay.security == security && relay.port == port, "\(url)")
        }
        #expect(SMTPRelay(host: "mail.example.com", username: "keel").security == .startTLSRequired)
        #expect(SMTPRelay(host: "mail.example.com").security == .startTLSOpportunistic)
    }

    @Test func aURLThatWouldSendAPasswordInClearOrIsUnknownIsRefusedWithTheReason() {
        let refusals: [(url: String, says: String)] = [
            ("smtp://keel:pw@mail.example.com?tls=none", "tls=none would send the password of 'keel' in clear to mail.example.com"),
            ("smtp://keel:pw@127.evil.example?tls=none", "in clear to 127.evil.example"),
            ("smtp://keel:pw@mail.example.com?tls=opportunistic", "would be sent in clear"),
            ("smtp://mail.example.com?tls=yes", "tls='yes' is not one of required|opportunistic|none"),
            ("smtp://mail.example.com?tls=", "tls='' is not one of"),
            ("smtp://mail.example.com?starttls=1", "the parameter 'starttls' is not known"),
            ("smtps://mail.example.com?tls=none", "smtps:// is TLS from the first byte, so tls=none cannot apply"),
            ("submission://mail.example.com", "the scheme 'submission' is not supported"),
        ]
        for (url, says) in refusals {
            let problem = #expect(throws: SMTPRelay.ConfigurationProblem.self) { try SMTPRelay(url: url, from: nil) }
            #expect(problem?.description.contains(says) == true && problem?.description.hasPrefix("KEEL_SMTP_URL") == true, "\(url): \(String(describing: problem))")
        }
    }

    @Test func theCAFileIsReadAtStartAndAMissingOrNonPEMFileIsAConfigurationErrorNamingTheVariable() throws {
        let authority = try authority
        let trust = try SMTPTrust(caFile: authority.caFile)
        #expect(trust.caFile == authority.caFile && trust.additionalCertificates.count == 1)

        let missing = #expect(throws: KeelConfiguration.Problems.self) {
            try KeelConfiguration.fromEnvironment(["KEEL_SMTP_URL": "smtps://mail.example.com", "KEEL_SMTP_CA_FILE": "/nonexistent/ca.pem"])
        }
        #expect(missing?.messages == ["KEEL_SMTP_CA_FILE '/nonexistent/ca.pem': no such file"])
        let notPEM = #expect(throws: KeelConfiguration.Problems.self) {
            try KeelConfiguration.fromEnvironment(["KEEL_SMTP_URL": "smtps://mail.example.com", "KEEL_SMTP_CA_FILE": authority.notPEMFile])
        }
        #expect(notPEM?.messages.first?.hasPrefix("KEEL_SMTP_CA_FILE '\(authority.notPEMFile)' is not a PEM file of certificates") == true)
        let folder = #expect(throws: SMTPRelay.ConfigurationProblem.self) { try SMTPTrust(caFile: FileManager.default.temporaryDirectory.path) }
        #expect(folder?.description.contains("no such file") == true)

        let configured = try KeelConfiguration.fromEnvironment([
            "KEEL_SMTP_URL": "smtp://keel:pw@relay.corp.example:587", "KEEL_SMTP_CA_FILE": authority.caFile, "KEEL_MAIL_FROM": "keel@corp.example",
        ])
        #expect(configured.smtp?.trust == trust && configured.smtp?.security == .startTLSRequired && configured.smtp?.from == "keel@corp.example")
        #expect(try KeelConfiguration.fromEnvironment(["KEEL_SMTP_URL": "smtps://mail.example.com"]).smtp?.trust == .system)
    }
}
