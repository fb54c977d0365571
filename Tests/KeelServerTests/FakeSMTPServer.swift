import Foundation
@testable import KeelServer
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import NIOSSL

/// A loopback SMTP sink for the delivery tests: answers EHLO, STARTTLS, AUTH PLAIN, MAIL, RCPT,
/// DATA and QUIT the way a relay does and keeps each message's envelope and un-dot-stuffed data,
/// and every command line with whether it arrived encrypted.
final class FakeSMTPServer: Sendable {
    struct Received: Sendable {
        var from: String
        var recipients: [String]
        var data: String
        var overTLS = false
    }

    struct Command: Sendable {
        var line: String
        var overTLS: Bool
    }

    /// How the sink speaks TLS: not at all, after STARTTLS (offered in its EHLO answer; with
    /// `injecting`, lines a man in the middle would add in clear after the 220), or from the first byte.
    enum Security: Sendable {
        case plain
        case startTLS(NIOSSLContext, injecting: String? = nil)
        case implicit(NIOSSLContext)
    }

    let channel: any Channel
    private let received: NIOLockedValueBox<[Received]>
    private let commandLog: NIOLockedValueBox<[Command]>
    var port: Int { channel.localAddress!.port! }
    var messages: [Received] { received.withLockedValue { $0 } }
    var commands: [Command] { commandLog.withLockedValue { $0 } }

    private init(channel: any Channel, received: NIOLockedValueBox<[Received]>, commands: NIOLockedValueBox<[Command]>) {
        self.channel = channel
        self.received = received
        self.commandLog = commands
    }

    /// A sink on loopback; with a `password`, a login with it by one of `mechanisms` (PLAIN and
    /// LOGIN are understood) is accepted, any other refused.
    static func start(
        port: Int = 0, security: Security = .plain, password: String? = nil, mechanisms: [String] = ["PLAIN"]
    ) async throws -> FakeSMTPServer {
        let box = NIOLockedValueBox<[Received]>([])
        let commands = NIOLockedValueBox<[Command]>([])
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    if case .implicit(let context) = security {
                        try channel.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: context))
                    }
                    try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(SMTPReplyLineDecoder()))
                    try channel.pipeline.syncOperations.addHandler(Session(box: box, commands: commands, security: security, password: password, mechanisms: mechanisms))
                }
            }
            .bind(host: "127.0.0.1", port: port).get()
        return FakeSMTPServer(channel: channel, received: box, commands: commands)
    }

    func stop() async throws {
        try await channel.close()
    }

    final class Session: ChannelInboundHandler, @unchecked Sendable {
        typealias InboundIn = String
        typealias OutboundOut = ByteBuffer

        let box: NIOLockedValueBox<[Received]>
        let commands: NIOLockedValueBox<[Command]>
        let security: Security
        let password: String?
        let mechanisms: [String]
        var overTLS: Bool
        /// Where an AUTH LOGIN dialogue stands: the user and then the password still to come.
        var loginAwaits: [String] = []
        var current = Received(from: "", recipients: [], data: "")
        var inData = false
        var lines: [String] = []

        init(
            box: NIOLockedValueBox<[Received]>, commands: NIOLockedValueBox<[Command]>, security: Security, password: String?, mechanisms: [String]
        ) {
            self.box = box
            self.commands = commands
            self.security = security
            self.password = password
            self.mechanisms = mechanisms
            if case .implicit = security { overTLS = true } else { overTLS = false }
        }

        func errorCaught(context: ChannelHandlerContext, error: any Error) {
            // A client that refuses the certificate ends the handshake; nothing to answer.
            context.close(promise: nil)
        }

        func channelActive(context: ChannelHandlerContext) {
            reply(context, "220 fake.test ESMTP ready")
        }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            let line = unwrapInboundIn(data)
            if inData {
                if line == "." {
                    current.data = lines.joined(separator: "\r\n") + "\r\n"
                    let message = current
                    box.withLockedValue { $0.append(message) }
                    inData = false
                    lines = []
                    reply(context, "250 2.0.0 queued")
                } else {
                    lines.append(line.hasPrefix(".") ? String(line.dropFirst()) : line)
                }
                return
            }
            if let step = loginAwaits.first {
                loginAwaits.removeFirst()
                commands.withLockedValue { $0.append(Command(line: "(AUTH LOGIN \(step))", overTLS: overTLS)) }
                if step == "user" {
                    reply(context, "334 UGFzc3dvcmQ6")
                } else {
                    let accepted = Data(base64Encoded: line).map { String(decoding: $0, as: UTF8.self) } == password
                    reply(context, accepted ? "235 2.7.0 authentication successful" : "535 5.7.8 authentication credentials invalid")
                }
                return
            }
            let command = line.uppercased()
            let entry = Command(line: line, overTLS: overTLS)
            commands.withLockedValue { $0.append(entry) }
            if command.hasPrefix("EHLO") {
                var extensions = ["8BITMIME"]
                if case .startTLS = security, !overTLS { extensions.append("STARTTLS") }
                if password != nil { extensions.append("AUTH " + mechanisms.joined(separator: " ")) }
                reply(context, (["250-fake.test greets you"] + extensions.map { "250-" + $0 } + ["250 SIZE 10240000"]).joined(separator: "\r\n"))
            } else if command == "STARTTLS", case .startTLS(let tls, let injected) = security, !overTLS {
                // The 220 leaves in clear; everything after it goes through the TLS handler put in front.
                reply(context, "220 2.0.0 ready to start TLS" + (injected.map { "\r\n" + $0 } ?? ""))
                do {
                    try context.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: tls), position: .first)
                    overTLS = true
                } catch {
                    context.close(promise: nil)
                }
            } else if command == "AUTH LOGIN", password != nil, mechanisms.contains("LOGIN") {
                loginAwaits = ["user", "password"]
                reply(context, "334 VXNlcm5hbWU6")
            } else if command.hasPrefix("AUTH PLAIN "), let password, mechanisms.contains("PLAIN") {
                let token = Data(base64Encoded: String(line.dropFirst("AUTH PLAIN ".count))).map { String(decoding: $0, as: UTF8.self) }
                let accepted = token?.split(separator: "\u{0}", omittingEmptySubsequences: false).last.map(String.init) == password
                reply(context, accepted ? "235 2.7.0 authentication successful" : "535 5.7.8 authentication credentials invalid")
            } else if command.hasPrefix("MAIL FROM:") {
                current = Received(from: String(line.dropFirst(10)), recipients: [], data: "", overTLS: overTLS)
                reply(context, "250 2.1.0 ok")
            } else if command.hasPrefix("RCPT TO:") {
                current.recipients.append(String(line.dropFirst(8)))
                reply(context, "250 2.1.5 ok")
            } else if command == "DATA" {
                inData = true
                reply(context, "354 end with <CRLF>.<CRLF>")
            } else if command == "QUIT" {
                reply(context, "221 2.0.0 bye")
                context.close(promise: nil)
            } else {
                reply(context, "502 5.5.2 not implemented")
            }
        }

        func reply(_ context: ChannelHandlerContext, _ text: String) {
            context.writeAndFlush(wrapOutboundOut(ByteBuffer(string: text + "\r\n")), promise: nil)
        }
    }
}

/// Reads a message back the way a mail client would: headers, the RFC 2047 subject, and each
/// base64 part of the multipart/alternative body.
struct ParsedMail {
    var headers: [String: String] = [:]
    var parts: [String: String] = [:]

    init(_ raw: String) throws {
        let sections = raw.components(separatedBy: "\r\n\r\n")
        let head = sections[0].replacingOccurrences(of: "\r\n ", with: " ")
        for line in head.components(separatedBy: "\r\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[String(line[..<colon]).lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let type = headers["content-type"] ?? ""
        guard let start = type.range(of: "boundary=\"")?.upperBound, let end = type[start...].firstIndex(of: "\"") else { return }
        let boundary = String(type[start..<end])
        for chunk in raw.components(separatedBy: "--" + boundary).dropFirst() where !chunk.hasPrefix("--") {
            let pieces = chunk.components(separatedBy: "\r\n\r\n")
            guard pieces.count >= 2 else { continue }
            let partType = pieces[0].components(separatedBy: "\r\n").first { $0.lowercased().hasPrefix("content-type:") } ?? ""
            let base64 = pieces[1...].joined().replacingOccurrences(of: "\r\n", with: "")
            guard let data = Data(base64Encoded: base64) else { continue }
            parts[partType.contains("text/html") ? "html" : "text"] = String(decoding: data, as: UTF8.self)
        }
    }

    /// The subject with its encoded words decoded.
    var subject: String {
        let value = headers["subject"] ?? ""
        guard value.hasPrefix("=?") else { return value }
        return value.components(separatedBy: " ").map { word in
            let inner = word.dropFirst("=?utf-8?B?".count).dropLast(2)
            return Data(base64Encoded: String(inner)).map { String(decoding: $0, as: UTF8.self) } ?? word
        }.joined()
    }
}
