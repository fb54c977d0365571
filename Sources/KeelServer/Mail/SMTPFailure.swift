import NIOSSL

/// Why a message was not delivered, worded for the server log and the outbox page: each names
/// the relay and the cause, and the TLS ones say what the operator can change.
public enum SMTPFailure: Error, Hashable, Sendable, CustomStringConvertible {
    case unreachable(host: String, port: Int, cause: String)
    case timedOut(host: String, port: Int, seconds: Int)
    case rejected(host: String, port: Int, command: String, code: Int, text: String)
    case closed(host: String, port: Int, command: String)
    case protocolError(host: String, port: Int, command: String, line: String)
    case badRecipient(String)
    /// TLS is required and the relay's EHLO answer has no STARTTLS.
    case tlsNotOffered(host: String, port: Int)
    /// The relay's certificate did not verify against the system's trust store and `KEEL_SMTP_CA_FILE`.
    case certificateUntrusted(host: String, port: Int, cause: String, caFile: String?)
    /// The TLS handshake or the encrypted connection failed for another reason.
    case tlsFailed(host: String, port: Int, cause: String)
    /// The relay answered AUTH with a refusal.
    case authenticationRefused(host: String, port: Int, username: String, code: Int, text: String)
    /// The relay offers only login mechanisms Keel does not speak (``SMTPAuthMechanism``).
    case noCommonAuthMechanism(host: String, port: Int, offered: [String])

    public var description: String {
        switch self {
        case .unreachable(let host, let port, let cause): "SMTP server \(host):\(port) unreachable: \(cause)"
        case .timedOut(let host, let port, let seconds): "SMTP server \(host):\(port) did not finish within \(seconds) s"
        case .rejected(let host, let port, let command, let code, let text): "SMTP server \(host):\(port) refused \(command): \(code) \(text)"
        case .closed(let host, let port, let command): "SMTP server \(host):\(port) closed the connection after \(command)"
        case .protocolError(let host, let port, let command, let line):
            "SMTP server \(host):\(port) answered \(command) with '\(line.prefix(200))', not an SMTP reply"
        case .badRecipient(let address): "'\(address)' is not an address Keel can send to"
        case .tlsNotOffered(let host, let port):
            "SMTP server \(host):\(port) does not offer STARTTLS and KEEL_SMTP_URL requires TLS (tls=required, the default with a user), "
                + "so nothing was sent; use the relay's port that offers it (587) or smtps:// (465)"
        case .certificateUntrusted(let host, let port, let cause, let caFile):
            "the TLS certificate of SMTP server \(host):\(port) was not accepted: \(cause); "
                + (caFile.map { "it is trusted neither by the system nor by KEEL_SMTP_CA_FILE '\($0)'" }
                    ?? "if the relay's certificate comes from a private CA, name that CA's certificate in KEEL_SMTP_CA_FILE")
        case .tlsFailed(let host, let port, let cause): "TLS with SMTP server \(host):\(port) failed: \(cause)"
        case .authenticationRefused(let host, let port, let username, let code, let text):
            "SMTP server \(host):\(port) refused the login of '\(username)': \(code) \(text)"
        case .noCommonAuthMechanism(let host, let port, let offered):
            "SMTP server \(host):\(port) offers the logins \(offered.joined(separator: ", ")), and Keel speaks PLAIN and LOGIN; "
                + "nothing was sent — use a relay or port that takes one of them"
        }
    }

    /// A TLS error from the connection as the failure it is, or nil when it is not about TLS.
    static func tls(_ error: any Error, relay: SMTPRelay) -> SMTPFailure? {
        let text = String(describing: error)
        if let error = error as? NIOSSLExtraError {
            if error == .failedToValidateHostname {
                return .certificateUntrusted(
                    host: relay.host, port: relay.port, cause: "it is issued for another name than '\(relay.host)'", caFile: relay.trust.caFile)
            }
            return .tlsFailed(host: relay.host, port: relay.port, cause: text)
        }
        guard error is NIOSSLError || error is BoringSSLError else { return nil }
        if text.contains("CERTIFICATE_VERIFY_FAILED") {
            return .certificateUntrusted(
                host: relay.host, port: relay.port, cause: "it is not signed by a trusted certificate authority, or it has expired",
                caFile: relay.trust.caFile)
        }
        if text.contains("WRONG_VERSION_NUMBER") {
            return .tlsFailed(
                host: relay.host, port: relay.port,
                cause: "the server does not speak TLS on this port (smtps:// is usually port 465; STARTTLS on smtp:// usually 587)")
        }
        return .tlsFailed(host: relay.host, port: relay.port, cause: "handshake failed: \(text)")
    }
}
