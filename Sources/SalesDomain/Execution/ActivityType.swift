import Foundation

/// What kind of work an activity is ("meeting", "call", "crm_admin" …).
///
/// Organizations bring their own types from their CRM, so this is an open set of codes, not an
/// enum; the constants below are the types Keel's defaults and demo data know. Codes are
/// normalized on creation (see `String.normalizedCode`), so `"Quote prep"` and `"quote_prep"`
/// are the same type.
public struct ActivityType: RawRepresentable, Hashable, Sendable, Comparable, Codable,
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

    public static func < (lhs: ActivityType, rhs: ActivityType) -> Bool { lhs.rawValue < rhs.rawValue }

    // Customer-facing work.
    public static let meeting: ActivityType = "meeting"
    public static let call: ActivityType = "call"
    public static let email: ActivityType = "email"
    public static let demo: ActivityType = "demo"
    public static let proposal: ActivityType = "proposal"
    public static let prospecting: ActivityType = "prospecting"
    public static let followUp: ActivityType = "follow_up"
    // Work that prepares selling.
    public static let crmAdmin: ActivityType = "crm_admin"
    public static let quotePreparation: ActivityType = "quote_preparation"
    public static let research: ActivityType = "research"
    public static let meetingPreparation: ActivityType = "meeting_preparation"
    // Work for the company rather than a customer.
    public static let internalMeeting: ActivityType = "internal_meeting"
    public static let training: ActivityType = "training"
    public static let travelAdmin: ActivityType = "travel_admin"
    public static let reporting: ActivityType = "reporting"
}
