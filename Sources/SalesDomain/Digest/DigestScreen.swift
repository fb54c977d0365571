/// The digest page's and `GET /api/v1/me/digest/preview`'s one question: the signed-in person's
/// choice and this week's digest as it would be sent now (`nil` for a role that gets none).
public struct DigestScreen: Hashable, Sendable, Codable {
    public var preference: DigestPreference
    public var week: ISOWeek
    public var digest: Digest?

    public init(preference: DigestPreference, week: ISOWeek, digest: Digest?) {
        self.preference = preference
        self.week = week
        self.digest = digest
    }
}
