/// How Keel logs in to a relay that has a user (RFC 4954): PLAIN, the one every relay that
/// authenticates offers, or LOGIN, which some older Exchange and hosting relays offer alone.
/// Either sends the password base64-encoded, which is why Keel logs in only over TLS unless
/// `tls=none` says otherwise.
enum SMTPAuthMechanism: String, Hashable, Sendable {
    case plain = "PLAIN"
    case login = "LOGIN"

    /// The mechanism for the relay's EHLO `AUTH` parameters: PLAIN when offered, else LOGIN;
    /// PLAIN when the relay names none (it may still take it, and its refusal says why); `nil`
    /// when it names only mechanisms Keel does not speak (CRAM-MD5, XOAUTH2, …).
    static func choose(offered: [String]?) -> SMTPAuthMechanism? {
        guard let offered = offered.map({ Set($0.map { $0.uppercased() }) }), !offered.isEmpty else { return .plain }
        if offered.contains(Self.plain.rawValue) { return .plain }
        if offered.contains(Self.login.rawValue) { return .login }
        return nil
    }
}
