import Foundation

/// Where Keel hands its e-mail over: `KEEL_SMTP_URL`, `smtp://[user:password@]host[:port]`.
/// Only plain SMTP is spoken (with AUTH PLAIN when a user is given), so the relay should be a
/// local one (Postfix, an `msmtpd`, a cloud provider's agent on the same host) that takes the
/// message on to the world over TLS; `smtps://` and STARTTLS are refused rather than sending a
/// password in the clear to a remote server that expected TLS.
public struct SMTPRelay: Hashable, Sendable {
    public var host: String
    public var port: Int
    public var username: String?
    public var password: String?
    /// The envelope sender and `From:` header, `KEEL_MAIL_FROM` (default `keel@localhost`).
    public var from: String

    public init(host: String, port: Int = 25, username: String? = nil, password: String? = nil, from: String = SMTPRelay.defaultFrom) {
        self.host = host
        self.port = port
        self.username = username
        self.password = password
        self.from = from
    }

    public static let defaultFrom = "keel@localhost"

    /// Reads the URL, or explains what is wrong with it.
    public init(url text: String, from: String?) throws(ConfigurationProblem) {
        guard let url = URLComponents(string: text), let scheme = url.scheme?.lowercased() else {
            throw ConfigurationProblem("KEEL_SMTP_URL '\(text)' is not a URL such as smtp://localhost:25")
        }
        guard scheme == "smtp" else {
            throw ConfigurationProblem(
                "KEEL_SMTP_URL: the scheme '\(scheme)' is not supported; Keel speaks plain smtp:// to a local relay, which sends on over TLS")
        }
        guard let host = url.host, !host.isEmpty else { throw ConfigurationProblem("KEEL_SMTP_URL '\(text)' names no host") }
        if let port = url.port, !(1...65535).contains(port) { throw ConfigurationProblem("KEEL_SMTP_URL: port \(port) is not 1–65535") }
        let sender = (from?.isEmpty ?? true) ? Self.defaultFrom : from!
        guard MIMEMessage.isPlainAddress(sender) else {
            throw ConfigurationProblem("KEEL_MAIL_FROM '\(sender)' is not a plain e-mail address such as keel@example.com")
        }
        self.init(host: host, port: url.port ?? 25, username: url.user?.removingPercentEncoding, password: url.password?.removingPercentEncoding, from: sender)
    }

    public struct ConfigurationProblem: Error, CustomStringConvertible {
        public var description: String
        init(_ description: String) { self.description = description }
    }
}
