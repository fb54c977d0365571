import Foundation

/// A typed identifier, so that a team's id can never be passed where a person's is expected.
///
/// Encodes as the bare UUID string, which keeps the JSON API and the database plain.
public struct Identifier<Subject>: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    public let rawValue: UUID

    public init(_ rawValue: UUID) {
        self.rawValue = rawValue
    }

    public init?(uuidString: String) {
        guard let uuid = UUID(uuidString: uuidString) else { return nil }
        self.rawValue = uuid
    }

    public init(from decoder: any Decoder) throws {
        self.rawValue = try decoder.singleValueContainer().decode(UUID.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue.uuidString.lowercased() }

    /// The order of the UUID strings, compared as two big-endian halves: hex digits sort as the
    /// values they stand for, so the byte order is the string order, without formatting two
    /// strings per comparison (which made sorting large rollups slow).
    public static func < (lhs: Self, rhs: Self) -> Bool {
        lhs.orderingHalves < rhs.orderingHalves
    }

    private var orderingHalves: (UInt64, UInt64) {
        withUnsafeBytes(of: rawValue.uuid) { bytes in
            (bytes.loadUnaligned(as: UInt64.self).bigEndian, bytes.loadUnaligned(fromByteOffset: 8, as: UInt64.self).bigEndian)
        }
    }
}
