import Foundation

/// Where Keel hands its e-mail over: `KEEL_SMTP_URL`, `smtp://[user:password@]host[:port][?tls=…]`
/// or `smtps://[user:password@]host[:port]`, and whom to trust (`KEEL_SMTP_CA_FILE`).
///
/// `smtps://` is TLS from the first byte (port 465 unless given). `smtp://` (port 25 unless
/// given; 587 for submission) upgrades with STARTTLS as ``SMTPTransportSecurity`` says: `tls=required`
/// (the default with a user: a password is never sent in clear), `tls=opportunistic` (the
/// default without one) or `tls=none` (plain SMTP, which with a password is allowed only to a
/// relay on this machine).
public struct SMTPRelay: Hashable, Sendable {
    public var host: String
    public var port: Int
    public var username: String?
    public var password: String?
    /// The envelope sender and `From:` header, `KEEL_MAIL_FROM` (default `keel@localhost`).
    public var from: String
    public var security: SMTPTransportSecurity
    public var trust: SMTPTrust

    /// A relay; without a `security`, the one a URL without `tls=` would get.
    public init(
        host: String, port: Int = 25, username: String? = nil, password: String? = nil, from: String = SMTPRelay.defaultFrom,
        security: SMTPTransportSecurity? = nil, trust: SMTPTrust = .system
    ) {
        self.host = host
        self.port = port
        self.username = username
        self.password = password
        self.from = from
        self.security = security ?? .default(hasCredentials: username != nil)
        self.trust = trust
    }

    public static let defaultFrom = "keel@localhost"

    /// Reads the URL, or explains what is wrong with it.
    public init(url text: String, from: String?, trust: SMTPTrust = .system) throws(ConfigurationProblem) {
        guard let url = URLComponents(string: text), let scheme = url.scheme?.lowercased() else {
            throw ConfigurationProblem("KEEL_SMTP_URL '\(text)' is not a URL such as smtp://mail.example.com:587 or smtps://mail.example.com")
        }
        guard scheme == "smtp" || scheme == "smtps" else {
            throw ConfigurationProblem("KEEL_SMTP_URL: the scheme '\(scheme)' is not supported; use smtp:// (STARTTLS) or smtps:// (TLS from the start)")
        }
        guard let host = url.host, !host.isEmpty else { throw ConfigurationProblem("KEEL_SMTP_URL '\(text)' names no host") }
        if let port = url.port, !(1...65535).contains(port) { throw ConfigurationProblem("KEEL_SMTP_URL: port \(port) is not 1–65535") }
        let sender = (from?.isEmpty ?? true) ? Self.defaultFrom : from!
        guard MIMEMessage.isPlainAddress(sender) else {
            throw ConfigurationProblem("KEEL_MAIL_FROM '\(sender)' is not a plain e-mail address such as keel@example.com")
        }
        let username = url.user?.removingPercentEncoding
        let security = try Self.security(scheme: scheme, query: url.queryItems ?? [], host: host, username: username)
        self.init(
            host: host, port: url.port ?? (security == .implicitTLS ? 465 : 25), username: username,
            password: url.password?.removingPercentEncoding, from: sender, security: security, trust: trust)
    }

    /// The scheme and `tls` parameter as a policy, refusing one that would send a password in clear.
    private static func security(scheme: String, query: [URLQueryItem], host: String, username: String?) throws(ConfigurationProblem) -> SMTPTransportSecurity {
        if let unknown = query.first(where: { $0.name != "tls" }) {
            throw ConfigurationProblem("KEEL_SMTP_URL: the parameter '\(unknown.name)' is not known; the only one is tls=required|opportunistic|none")
        }
        let values = SMTPTransportSecurity.parameterValues.map(\.rawValue).joined(separator: "|")
        let asked = try query.last.map { item throws(ConfigurationProblem) in
            guard let value = SMTPTransportSecurity(rawValue: item.value?.lowercased() ?? ""), SMTPTransportSecurity.parameterValues.contains(value) else {
                throw ConfigurationProblem("KEEL_SMTP_URL: tls='\(item.value ?? "")' is not one of \(values)")
            }
            return value
        }
        if scheme == "smtps" {
            guard asked == nil || asked == .startTLSRequired else {
                throw ConfigurationProblem("KEEL_SMTP_URL: smtps:// is TLS from the first byte, so tls=\(asked!.rawValue) cannot apply; use smtp:// for it")
            }
            return .implicitTLS
        }
        let security = asked ?? .default(hasCredentials: username != nil)
        if let username {
            if security == .startTLSOpportunistic {
                throw ConfigurationProblem(
                    "KEEL_SMTP_URL: with tls=opportunistic the password of '\(username)' would be sent in clear to a relay that does not offer STARTTLS; use tls=required (the default with a user)")
            }
            if security == .none, !isLoopback(host) {
                throw ConfigurationProblem(
                    "KEEL_SMTP_URL: tls=none would send the password of '\(username)' in clear to \(host); use tls=required (STARTTLS) or smtps://, or tls=none only with a relay on this machine (localhost)")
            }
        }
        return security
    }

    /// Whether the host is this machine, where plain text never crosses a network.
    static func isLoopback(_ host: String) -> Bool {
        let name = host.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        return name == "localhost" || name.hasSuffix(".localhost") || name == "::1"
            || (name.hasPrefix("127.") && name.allSatisfy { $0.isNumber || $0 == "." })
    }

    public struct ConfigurationProblem: Error, CustomStringConvertible {
        public var description: String
        init(_ description: String) { self.description = description }
    }
}
