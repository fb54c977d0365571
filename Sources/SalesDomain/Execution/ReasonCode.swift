/// The code of a postponement reason in an organization's ``ReasonCatalog``
/// (`"customer_rescheduled"`). Normalized like activity types, so CRM spellings agree.
public typealias ReasonCode = NormalizedCode<ReasonCodeKind>

/// The tag that makes ``ReasonCode`` a kind of code of its own.
public enum ReasonCodeKind {}
