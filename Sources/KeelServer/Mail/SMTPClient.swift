import Foundation
import NIOCore
import NIOPosix
import NIOSSL

/// Hands one message to an SMTP relay (RFC 5321): greeting, EHLO (HELO when the server is
/// older), TLS as the relay's ``SMTPTransportSecurity`` says (from the first byte, or STARTTLS
/// and EHLO again as RFC 3207 has it), AUTH PLAIN or LOGIN (``SMTPAuthMechanism``) when the
/// relay has a user, MAIL FROM, RCPT
/// TO, DATA with dot-stuffing, QUIT. Any answer but the expected one, a refused connection, a
/// certificate that does not verify or a relay silent for `timeout` is an ``SMTPFailure`` that
/// names the cause; the outbox keeps the message and tries again later.
public struct SMTPClient: Sendable {
    public var relay: SMTPRelay
    public var timeout: Duration
    /// The name Keel greets with: the host part of the sender.
    var heloName: String { relay.from.split(separator: "@").last.map(String.init) ?? "localhost" }

    public init(relay: SMTPRelay, timeout: Duration = .seconds(30)) {
        self.relay = relay
        self.timeout = timeout
    }

    public func send(_ message: MIMEMessage) async throws(SMTPFailure) {
        guard MIMEMessage.isPlainAddress(message.to) else { throw SMTPFailure.badRecipient(message.to) }
        let relay = relay
        let timeout = timeout
        do {
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await self.converse(message) }
                group.addTask {
                    try await Task.sleep(for: timeout)
                    throw SMTPFailure.timedOut(host: relay.host, port: relay.port, seconds: Int(timeout.components.seconds))
                }
                try await group.next()
                group.cancelAll()
            }
        } catch let failure as SMTPFailure {
            throw failure
        } catch {
            throw SMTPFailure.tls(error, relay: relay) ?? SMTPFailure.unreachable(host: relay.host, port: relay.port, cause: String(describing: error))
        }
    }

    private func converse(_ message: MIMEMessage) async throws {
        let relay = relay
        let tls: NIOSSLContext? = try relay.security == .none ? nil : NIOSSLContext(configuration: relay.trust.clientConfiguration())
        let channel: NIOAsyncChannel<String, ByteBuffer>
        let received: NIOLoopBoundBox<SMTPReplyLineDecoder.Received>
        do {
            (channel, received) = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                .connectTimeout(.seconds(10))
                .connect(host: relay.host, port: relay.port) { channel in
                    channel.eventLoop.makeCompletedFuture {
                        if relay.security == .implicitTLS, let tls {
                            try channel.pipeline.syncOperations.addHandler(NIOSSLClientHandler(context: tls, serverHostname: relay.serverName))
                        }
                        let received = NIOLoopBoundBox(SMTPReplyLineDecoder.Received(), eventLoop: channel.eventLoop)
                        try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(SMTPReplyLineDecoder(counting: received, relay: (relay.host, relay.port))))
                        return (try NIOAsyncChannel<String, ByteBuffer>(wrappingChannelSynchronously: channel), received)
                    }
                }
        } catch {
            throw SMTPFailure.unreachable(host: relay.host, port: relay.port, cause: Self.describe(error))
        }
        let helo = heloName
        try await channel.executeThenClose { inbound, outbound in
            var lines = inbound.makeAsyncIterator()
            var linesRead = 0
            func reply(to command: String) async throws -> (code: Int, lines: [String]) {
                var text: [String] = []
                while let line = try await lines.next() {
                    linesRead += 1
                    text.append(String(line.dropFirst(4)))
                    // "250-…" continues the reply; "250 …" (or a bare "250") ends it.
                    if line.count < 4 || line[line.index(line.startIndex, offsetBy: 3)] == " " {
                        guard let code = Int(line.prefix(3)) else {
                            throw SMTPFailure.protocolError(host: relay.host, port: relay.port, command: command, line: line)
                        }
                        return (code, text)
                    }
                }
                throw SMTPFailure.closed(host: relay.host, port: relay.port, command: command)
            }
            func write(_ text: String) async throws {
                do { try await outbound.write(ByteBuffer(string: text)) } catch {
                    // A channel closed under the write (a failed TLS handshake, say) left its
                    // cause in the inbound stream; "I/O on closed channel" alone says nothing.
                    while try await lines.next() != nil {}
                    throw error
                }
            }
            func expect(_ command: String, _ codes: Set<Int>, shown: String? = nil) async throws {
                if !command.isEmpty { try await write(command + "\r\n") }
                let answer = try await reply(to: shown ?? command)
                guard codes.contains(answer.code) else {
                    throw SMTPFailure.rejected(
                        host: relay.host, port: relay.port, command: shown ?? (command.isEmpty ? "greeting" : command), code: answer.code,
                        text: answer.lines.joined(separator: " "))
                }
            }
            /// The relay's extensions (`STARTTLS`, `AUTH`, …) by keyword, with their parameters
            /// (`AUTH`'s mechanisms); none after a HELO.
            func greet() async throws -> [String: [String]] {
                try await write("EHLO \(helo)\r\n")
                let answer = try await reply(to: "EHLO")
                guard answer.code == 250 else {
                    try await expect("HELO \(helo)", [250])
                    return [:]
                }
                let lines = answer.lines.dropFirst().map { $0.split(separator: " ").map(String.init) }
                return Dictionary(lines.compactMap { words in words.first.map { ($0.uppercased(), Array(words.dropFirst())) } },
                                  uniquingKeysWith: { first, _ in first })
            }
            /// One step of a login: the answer must be `code`, or the login is refused.
            func login(_ line: String, shown: String, user: String, expecting code: Int) async throws {
                try await write(line + "\r\n")
                let answer = try await reply(to: shown)
                guard answer.code == code else {
                    throw SMTPFailure.authenticationRefused(
                        host: relay.host, port: relay.port, username: user, code: answer.code, text: answer.lines.joined(separator: " "))
                }
            }
            try await expect("", [220], shown: "greeting")
            var extensions = try await greet()
            var encrypted = relay.security == .implicitTLS
            if relay.security.upgrades, let tls, extensions["STARTTLS"] != nil {
                try await expect("STARTTLS", [220])
                try await Self.startTLS(on: channel.channel, context: tls, relay: relay, linesRead: linesRead, received: received)
                // RFC 3207 §4.2: forget what was learned in clear and ask again over TLS.
                extensions = try await greet()
                encrypted = true
            }
            if !encrypted, relay.security == .startTLSRequired || (relay.username != nil && relay.security != .none) {
                throw SMTPFailure.tlsNotOffered(host: relay.host, port: relay.port)
            }
            if let user = relay.username {
                let password = relay.password ?? ""
                switch SMTPAuthMechanism.choose(offered: extensions["AUTH"]) {
                case .plain:
                    let token = Data("\u{0}\(user)\u{0}\(password)".utf8).base64EncodedString()
                    try await login("AUTH PLAIN \(token)", shown: "AUTH PLAIN", user: user, expecting: 235)
                case .login:
                    // RFC 4954's predecessor draft: the relay asks for the user, then the password (334 each).
                    try await login("AUTH LOGIN", shown: "AUTH LOGIN", user: user, expecting: 334)
                    try await login(Data(user.utf8).base64EncodedString(), shown: "AUTH LOGIN user", user: user, expecting: 334)
                    try await login(Data(password.utf8).base64EncodedString(), shown: "AUTH LOGIN password", user: user, expecting: 235)
                case nil:
                    throw SMTPFailure.noCommonAuthMechanism(host: relay.host, port: relay.port, offered: extensions["AUTH"] ?? [])
                }
            }
            try await expect("MAIL FROM:<\(relay.from)>", [250])
            try await expect("RCPT TO:<\(message.to)>", [250, 251])
            try await expect("DATA", [354])
            // The data section ends in its own CRLF.CRLF; a further CRLF would be an empty command.
            try await write(message.dataSection)
            try await expect("", [250], shown: "end of DATA")
            try? await write("QUIT\r\n")
            _ = try? await reply(to: "QUIT")
        }
    }

    /// Puts TLS in front of the line decoder once the relay has said 220 to STARTTLS; the
    /// handshake runs before the next command leaves, which the handler holds back until then.
    /// Anything that came in clear after the 220 is refused rather than read as the relay's
    /// answer over TLS; on the event loop, whatever arrives later goes through TLS.
    private static func startTLS(
        on channel: any Channel, context: NIOSSLContext, relay: SMTPRelay, linesRead: Int, received: NIOLoopBoundBox<SMTPReplyLineDecoder.Received>
    ) async throws {
        try await channel.eventLoop.submit {
            guard received.value.lines == linesRead, received.value.pendingBytes == 0 else {
                throw SMTPFailure.tlsFailed(
                    host: relay.host, port: relay.port,
                    cause: "the server sent more in clear after agreeing to STARTTLS, as a man in the middle injecting answers would; nothing was sent")
            }
            try channel.pipeline.syncOperations.addHandler(NIOSSLClientHandler(context: context, serverHostname: relay.serverName), position: .first)
        }.get()
    }

    static func describe(_ error: any Error) -> String {
        let text = String(describing: error)
        // NIO wraps a refusal in every address it tried; the reader needs the cause.
        if text.contains("Connection refused") { return "connection refused (nothing listens on that port)" }
        if let error = error as? IOError { return error.description }
        if let error = error as? ChannelError, case .connectTimeout = error { return "no answer to the connection within 10 seconds" }
        return String(describing: error)
    }
}

extension SMTPRelay {
    /// The name sent in TLS's SNI and checked against the certificate; an IP address is sent as
    /// none (SNI takes names only) and checked against the certificate's IP addresses instead.
    var serverName: String? {
        (try? SocketAddress(ipAddress: host.trimmingCharacters(in: CharacterSet(charactersIn: "[]")), port: 0)) == nil ? host : nil
    }
}
