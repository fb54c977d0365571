/// What kind of work an activity is ("meeting", "call", "crm_admin" …).
///
/// Organizations bring their own types from their CRM, so this is an open set of codes, not an
/// enum; the constants below are the types Keel's defaults and demo data know. Codes are
/// normalized on creation (see `String.normalizedCode`), so `"Quote prep"` and `"quote_prep"`
/// are the same type.
public typealias ActivityType = NormalizedCode<ActivityTypeKind>

/// The tag that makes ``ActivityType`` a kind of code of its own.
public enum ActivityTypeKind {}

/// The activity types Keel's defaults and demo data know.
extension NormalizedCode where Kind == ActivityTypeKind {
    // Customer-facing work.
    public static var meeting: Self { "meeting" }
    public static var call: Self { "call" }
    public static var email: Self { "email" }
    public static var demo: Self { "demo" }
    public static var proposal: Self { "proposal" }
    public static var prospecting: Self { "prospecting" }
    public static var followUp: Self { "follow_up" }
    // Work that prepares selling.
    public static var crmAdmin: Self { "crm_admin" }
    public static var quotePreparation: Self { "quote_preparation" }
    public static var research: Self { "research" }
    public static var meetingPreparation: Self { "meeting_preparation" }
    // Work for the company rather than a customer.
    public static var internalMeeting: Self { "internal_meeting" }
    public static var training: Self { "training" }
    public static var travelAdmin: Self { "travel_admin" }
    public static var reporting: Self { "reporting" }
}
