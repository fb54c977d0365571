import NIOCore

/// Splits the relay's replies into lines without their CRLF, and, for a client, counts what it
/// has passed on (``Received``).
struct SMTPReplyLineDecoder: ByteToMessageDecoder {
    typealias InboundOut = String

    /// Lines passed on and bytes held back as part of a line, read on the channel's event loop.
    /// Before STARTTLS's handler goes in, a line or byte more than the client has read arrived
    /// in clear after the relay's 220: that is how a man in the middle injects answers to be
    /// read as if they came over TLS (the "response injection" of the NO STARTTLS study, 2021).
    struct Received {
        var lines = 0
        var pendingBytes = 0
    }

    var received: NIOLoopBoundBox<Received>?
    /// The relay a client reads from, named in a failure; `nil` on a server's side.
    var relay: (host: String, port: Int)?

    init(counting received: NIOLoopBoundBox<Received>? = nil, relay: (host: String, port: Int)? = nil) {
        self.received = received
        self.relay = relay
    }

    mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        defer { received?.value.pendingBytes = buffer.readableBytes }
        guard let newline = buffer.readableBytesView.firstIndex(of: UInt8(ascii: "\n")) else {
            if buffer.readableBytes > 4_096 { throw SMTPFailure.protocolError(host: relay?.host ?? "", port: relay?.port ?? 0, command: "reply", line: "a line over 4096 bytes") }
            return .needMoreData
        }
        // The line's bytes without LF and a CR before it, cut as bytes: Swift reads "\r\n" as one Character.
        var length = newline - buffer.readerIndex
        if length > 0, buffer.getInteger(at: newline - 1, as: UInt8.self) == UInt8(ascii: "\r") { length -= 1 }
        let line = buffer.getString(at: buffer.readerIndex, length: length) ?? ""
        buffer.moveReaderIndex(to: newline + 1)
        received?.value.lines += 1
        context.fireChannelRead(wrapInboundOut(line))
        return .continue
    }

    mutating func decodeLast(context: ChannelHandlerContext, buffer: inout ByteBuffer, seenEOF: Bool) throws -> DecodingState {
        while try decode(context: context, buffer: &buffer) == .continue {}
        return .needMoreData
    }
}
