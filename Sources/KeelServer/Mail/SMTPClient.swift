import Foundation
import NIOCore
import NIOPosix

/// Hands one message to an SMTP relay (RFC 5321): greeting, EHLO (HELO when the server is
/// older), AUTH PLAIN when the relay has a user, MAIL FROM, RCPT TO, DATA with dot-stuffing,
/// QUIT. Any answer but the expected one, a refused connection or a relay silent for
/// `timeout` is an ``SMTPFailure`` that names the cause; the outbox keeps the message and
/// tries again later.
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
            throw SMTPFailure.unreachable(host: relay.host, port: relay.port, cause: String(describing: error))
        }
    }

    private func converse(_ message: MIMEMessage) async throws {
        let channel: NIOAsyncChannel<String, ByteBuffer>
        do {
            channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                .connectTimeout(.seconds(10))
                .connect(host: relay.host, port: relay.port) { channel in
                    channel.eventLoop.makeCompletedFuture {
                        try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(SMTPReplyLineDecoder()))
                        return try NIOAsyncChannel<String, ByteBuffer>(wrappingChannelSynchronously: channel)
                    }
                }
        } catch {
            throw SMTPFailure.unreachable(host: relay.host, port: relay.port, cause: Self.describe(error))
        }
        let relay = relay
        let helo = heloName
        try await channel.executeThenClose { inbound, outbound in
            var lines = inbound.makeAsyncIterator()
            func reply(to command: String) async throws -> (code: Int, text: String) {
                var text: [String] = []
                while let line = try await lines.next() {
                    text.append(String(line.dropFirst(4)))
                    // "250-…" continues the reply; "250 …" (or a bare "250") ends it.
                    if line.count < 4 || line[line.index(line.startIndex, offsetBy: 3)] == " " {
                        guard let code = Int(line.prefix(3)) else { throw SMTPFailure.protocolError(command: command, line: line) }
                        return (code, text.joined(separator: " "))
                    }
                }
                throw SMTPFailure.closed(command: command)
            }
            func write(_ text: String) async throws {
                try await outbound.write(ByteBuffer(string: text))
            }
            func expect(_ command: String, _ codes: Set<Int>, shown: String? = nil) async throws {
                if !command.isEmpty { try await write(command + "\r\n") }
                let answer = try await reply(to: shown ?? command)
                guard codes.contains(answer.code) else {
                    throw SMTPFailure.rejected(command: shown ?? (command.isEmpty ? "greeting" : command), code: answer.code, text: answer.text)
                }
            }
            try await expect("", [220], shown: "greeting")
            try await write("EHLO \(helo)\r\n")
            if try await reply(to: "EHLO").code != 250 { try await expect("HELO \(helo)", [250]) }
            if let user = relay.username {
                let token = Data("\u{0}\(user)\u{0}\(relay.password ?? "")".utf8).base64EncodedString()
                try await expect("AUTH PLAIN \(token)", [235], shown: "AUTH PLAIN")
            }
            try await expect("MAIL FROM:<\(relay.from)>", [250])
            try await expect("RCPT TO:<\(message.to)>", [250, 251])
            try await expect("DATA", [354])
            try await expect(message.dataSection, [250], shown: "end of DATA")
            try? await write("QUIT\r\n")
            _ = try? await reply(to: "QUIT")
        }
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

/// Why a message was not delivered, worded for the server log and the outbox page.
public enum SMTPFailure: Error, Hashable, Sendable, CustomStringConvertible {
    case unreachable(host: String, port: Int, cause: String)
    case timedOut(host: String, port: Int, seconds: Int)
    case rejected(command: String, code: Int, text: String)
    case closed(command: String)
    case protocolError(command: String, line: String)
    case badRecipient(String)

    public var description: String {
        switch self {
        case .unreachable(let host, let port, let cause): "SMTP server \(host):\(port) unreachable: \(cause)"
        case .timedOut(let host, let port, let seconds): "SMTP server \(host):\(port) did not finish within \(seconds) s"
        case .rejected(let command, let code, let text): "SMTP server refused \(command): \(code) \(text)"
        case .closed(let command): "SMTP server closed the connection after \(command)"
        case .protocolError(let command, let line): "SMTP server answered \(command) with '\(line.prefix(200))', not an SMTP reply"
        case .badRecipient(let address): "'\(address)' is not an address Keel can send to"
        }
    }
}

/// Splits the relay's replies into lines without their CRLF.
struct SMTPReplyLineDecoder: ByteToMessageDecoder {
    typealias InboundOut = String

    mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        guard let newline = buffer.readableBytesView.firstIndex(of: UInt8(ascii: "\n")) else {
            if buffer.readableBytes > 4_096 { throw SMTPFailure.protocolError(command: "reply", line: "a line over 4096 bytes") }
            return .needMoreData
        }
        // The line's bytes without LF and a CR before it, cut as bytes: Swift reads "\r\n" as one Character.
        var length = newline - buffer.readerIndex
        if length > 0, buffer.getInteger(at: newline - 1, as: UInt8.self) == UInt8(ascii: "\r") { length -= 1 }
        let line = buffer.getString(at: buffer.readerIndex, length: length) ?? ""
        buffer.moveReaderIndex(to: newline + 1)
        context.fireChannelRead(wrapInboundOut(line))
        return .continue
    }

    mutating func decodeLast(context: ChannelHandlerContext, buffer: inout ByteBuffer, seenEOF: Bool) throws -> DecodingState {
        while try decode(context: context, buffer: &buffer) == .continue {}
        return .needMoreData
    }
}
