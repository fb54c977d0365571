/// How the connection to the relay is protected, from `KEEL_SMTP_URL`'s scheme and its `tls`
/// parameter. A password is never sent over a connection that is not encrypted, except to a
/// relay on this machine when the operator says `tls=none`.
public enum SMTPTransportSecurity: String, Hashable, Sendable, CaseIterable {
    /// `smtps://`: TLS from the first byte (port 465).
    case implicitTLS = "smtps"
    /// `tls=required`: upgrade with STARTTLS (RFC 3207) or send nothing. The default when the
    /// URL has a user.
    case startTLSRequired = "required"
    /// `tls=opportunistic`: upgrade with STARTTLS when the relay offers it, else speak plain
    /// SMTP. The default without a user. Once offered, a failed upgrade is a failure, not a
    /// reason to fall back to plain text.
    case startTLSOpportunistic = "opportunistic"
    /// `tls=none`: plain SMTP, for a relay on this machine.
    case none

    /// The policy a URL without a `tls` parameter gets.
    public static func `default`(hasCredentials: Bool) -> SMTPTransportSecurity {
        hasCredentials ? .startTLSRequired : .startTLSOpportunistic
    }

    /// The values of `?tls=` on an `smtp://` URL.
    static let parameterValues: [SMTPTransportSecurity] = [.startTLSRequired, .startTLSOpportunistic, .none]

    /// Whether STARTTLS is to be tried when the relay offers it.
    var upgrades: Bool { self == .startTLSRequired || self == .startTLSOpportunistic }
}
