import Foundation

/// The integer levels a framework rates on: always from 1 up to a maximum between 3 and 10.
///
/// Fixing the bottom at 1 keeps "level 1" meaning "lowest" in every framework, so a fit
/// percentage or a gap reads the same whichever scale a framework chose.
public struct RatingScale: Hashable, Sendable, Codable, CustomStringConvertible {
    public static let minimumLevel = 1
    public static let allowedMaximums: ClosedRange<Int> = 3...10
    /// The 1–5 scale a new framework gets unless its author chooses otherwise.
    public static let standard = RatingScale(checkedMaximum: 5)

    public let maximum: Int

    public init(maximum: Int) throws(FieldError) {
        guard Self.allowedMaximums.contains(maximum) else {
            throw FieldError(
                field: "scale.max", code: .invalidValue,
                .scaleMaximumNotAllowed, ["maximum": String(maximum)]
            )
        }
        self.maximum = maximum
    }

    private init(checkedMaximum: Int) {
        self.maximum = checkedMaximum
    }

    public var levels: ClosedRange<Int> { Self.minimumLevel...maximum }

    public func contains(_ level: Int) -> Bool { levels.contains(level) }

    /// Pulls a computed level (for example one adjusted for rater leniency) back onto the scale.
    public func clamped(_ level: Double) -> Double {
        min(max(level, Double(Self.minimumLevel)), Double(maximum))
    }

    public var description: String { "\(Self.minimumLevel)–\(maximum)" }

    private enum CodingKeys: String, CodingKey {
        case minimum = "min"
        case maximum = "max"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let minimum = try container.decodeIfPresent(Int.self, forKey: .minimum) ?? Self.minimumLevel
        let maximum = try container.decode(Int.self, forKey: .maximum)
        guard minimum == Self.minimumLevel, Self.allowedMaximums.contains(maximum) else {
            throw DecodingError.dataCorruptedError(
                forKey: .maximum, in: container,
                debugDescription: "a scale runs from 1 to between 3 and 10, not \(minimum)–\(maximum)"
            )
        }
        self.maximum = maximum
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Self.minimumLevel, forKey: .minimum)
        try container.encode(maximum, forKey: .maximum)
    }
}
