import Foundation
@testable import KeelServer
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix

/// A loopback SMTP sink for the delivery tests: answers EHLO, MAIL, RCPT, DATA and QUIT the way
/// a relay does and keeps each message's envelope and un-dot-stuffed data.
final class FakeSMTPServer: Sendable {
    struct Received: Sendable {
        var from: String
        var recipients: [String]
        var data: String
    }

    let channel: any Channel
    private let received: NIOLockedValueBox<[Received]>
    var port: Int { channel.localAddress!.port! }
    var messages: [Received] { received.withLockedValue { $0 } }

    private init(channel: any Channel, received: NIOLockedValueBox<[Received]>) {
        self.channel = channel
        self.received = received
    }

    static func start(port: Int = 0) async throws -> FakeSMTPServer {
        let box = NIOLockedValueBox<[Received]>([])
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(SMTPReplyLineDecoder()))
                    try channel.pipeline.syncOperations.addHandler(Session(box: box))
                }
            }
            .bind(host: "127.0.0.1", port: port).get()
        return FakeSMTPServer(channel: channel, received: box)
    }

    func stop() async throws {
        try await channel.close()
    }

    final class Session: ChannelInboundHandler, @unchecked Sendable {
        typealias InboundIn = String
        typealias OutboundOut = ByteBuffer

        let box: NIOLockedValueBox<[Received]>
        var current = Received(from: "", recipients: [], data: "")
        var inData = false
        var lines: [String] = []

        init(box: NIOLockedValueBox<[Received]>) {
            self.box = box
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
            let command = line.uppercased()
            if command.hasPrefix("EHLO") {
                reply(context, "250-fake.test greets you\r\n250-8BITMIME\r\n250 SIZE 10240000")
            } else if command.hasPrefix("MAIL FROM:") {
                current = Received(from: String(line.dropFirst(10)), recipients: [], data: "")
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
