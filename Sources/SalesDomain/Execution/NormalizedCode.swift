import Foundation

/// An organization-defined code — an activity type, a deal stage, a postponement reason — held
/// in its normalized form (see `String.normalizedCode`), so that `"Quote prep"`, `"quote-prep"`
/// and `"QUOTE_PREP"` are one code.
///
/// `Kind` is a tag that is never instantiated (``ActivityTypeKind``, ``DealStageKind``,
/// ``ReasonCodeKind``): it keeps an activity type from being passed where a reason code is
/// expected, like ``Identifier`` does for ids. Use the names ``ActivityType``, ``DealStage`` and
/// ``ReasonCode``.
///
/// Encodes as the bare string, also as a dictionary key; decoding normalizes like the
/// initializers do. Ordered by code.
public struct NormalizedCode<Kind>: RawRepresentable, Hashable, Sendable, Comparable, Codable,
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

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
