/// The code of a postponement reason in an organization's ``ReasonCatalog``
/// (`"customer_rescheduled"`). Normalized like activity types, so CRM spellings agree.
public struct ReasonCode: RawRepresentable, Hashable, Sendable, Comparable, Codable,
    CodingKeyRepresentable, ExpressibleByStringLiteral, CustomStringConvertible
{
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue.normalizedCode
    }

    public init(_ code: String) {
        self.init(rawValue: code)
    }

    public init(stringLiteral value: String) {
        self.init(rawValue: value)
    }

    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }

    public static func < (lhs: ReasonCode, rhs: ReasonCode) -> Bool { lhs.rawValue < rhs.rawValue }
}
