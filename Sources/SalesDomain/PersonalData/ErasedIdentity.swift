import Foundation

/// What an erased person is called from then on (GDPR article 17): a stable pseudonym made from
/// their id alone, so it says nothing of who they were, stays the same when erased twice, and
/// keeps their ratings, activities and deals countable in other people's aggregates.
public struct ErasedIdentity: Hashable, Sendable {
    /// A reserved domain (RFC 2606): no mail is ever sent to an erased address.
    public static let emailDomain = "erased.invalid"

    public let name: String
    /// Unique like every e-mail, since it is the sign-in name's column; the whole id keeps it so.
    public let email: String

    public init(_ id: Person.ID) {
        let hex = id.rawValue.uuidString.lowercased()
        name = "Erased person \(hex.prefix(4))"
        email = "erased-\(hex)@\(Self.emailDomain)"
    }

    /// Whether a stored e-mail is an erased person's.
    public static func isErased(email: String) -> Bool {
        email.hasSuffix("@\(emailDomain)")
    }
}
