/// An open stage of a sales pipeline (`"prospecting"`, `"negotiation"` …).
///
/// Stages are the organization's (or CRM's) own, so this is a normalized code rather than an
/// enum. Won and lost are not stages but a deal's ``DealOutcome``: a closed deal keeps the stage
/// it was closed from, which is what conversion per stage needs.
public struct DealStage: RawRepresentable, Hashable, Sendable, Comparable, Codable,
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

    /// By code; use ``DealPipeline`` for the order deals move in.
    public static func < (lhs: DealStage, rhs: DealStage) -> Bool { lhs.rawValue < rhs.rawValue }
}
