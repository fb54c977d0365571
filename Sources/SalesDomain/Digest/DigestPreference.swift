/// Whether a person gets the weekly digest: on until they turn it off, so nobody misses their
/// reminders for not having found a setting; `chosen` says whether they ever chose.
public struct DigestPreference: Hashable, Sendable, Codable {
    public var enabled: Bool
    public var chosen: Bool

    public init(enabled: Bool, chosen: Bool) {
        self.enabled = enabled
        self.chosen = chosen
    }

    public static let standard = DigestPreference(enabled: true, chosen: false)
}
