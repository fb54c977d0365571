/// A field Keel reads from an import file. Each kind of import has its own set, some required.
public enum ImportField: String, Sendable, Codable, CaseIterable, Hashable {
    // Shared
    case externalID = "external_id"
    case owner
    case account
    case name
    // Deals
    case title
    case product
    case stage
    /// Open / won / lost in its own column (Pipedrive), instead of won and lost stages.
    case status
    case value
    case createdOn = "created_on"
    case engagedOn = "engaged_on"
    case closedOn = "closed_on"
    // Activities
    case type
    case plannedOn = "planned_on"
    case doneOn = "done_on"
    case durationMinutes = "duration_minutes"
    case deal
    case subject
    // People
    case email
    case manager
    case office
    // Accounts
    case sector
    case country
    // Products
    case series
    case price

    /// The fields a mapping of this kind may use.
    public static func fields(for kind: ImportKind) -> [ImportField] {
        switch kind {
        case .deals: [.externalID, .title, .owner, .account, .product, .stage, .status, .value, .createdOn, .engagedOn, .closedOn]
        case .activities: [.externalID, .type, .owner, .plannedOn, .doneOn, .durationMinutes, .deal, .account, .subject]
        case .people: [.name, .email, .manager, .office]
        case .accounts: [.name, .sector, .country]
        case .products: [.name, .series, .price]
        }
    }

    /// The fields every row of this kind must have a value for.
    public static func requiredFields(for kind: ImportKind) -> [ImportField] {
        switch kind {
        case .deals: [.externalID, .owner, .stage]
        case .activities: [.externalID, .type, .owner, .plannedOn]
        case .people: [.name]
        case .accounts: [.name]
        case .products: [.name]
        }
    }
}
