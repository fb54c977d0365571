/// Things a role may do regardless of which record they touch.
public enum Capability: String, Hashable, Sendable, CaseIterable {
    /// Read one's own profile and records. Every signed-in person.
    case readOwnRecords = "read_own_records"
    /// Read records of people other than oneself (within ``AccessScope``). Managers and up.
    case readOthers = "read_others"
    /// See the organization overview of markets, teams and people. Leaders and admins.
    case readOrganization = "read_organization"
    /// Import CRM exports (deals, activities, people, accounts, products). Leaders and admins.
    case importData = "import_data"
    /// Set the organization's execution rules: the reason catalog sellers choose from.
    /// Leaders and admins, since leadership defines what counts as a reason.
    case configureRules = "configure_rules"
    /// Add, edit, move and deactivate people and teams. Admins.
    case administerDirectory = "administer_directory"
    /// Read and export the audit log, and export anyone's personal data. Admins: the log names
    /// every sign-in and change in the organization.
    case readAuditLog = "read_audit_log"
    /// Erase a person's personal data (GDPR article 17) and set how long personal data is kept.
    /// Admins: an erasure cannot be undone.
    case erasePersonalData = "erase_personal_data"

    /// The least access role that holds this capability.
    public var minimumRole: AccessRole {
        switch self {
        case .readOwnRecords: .seller
        case .readOthers: .manager
        case .readOrganization, .importData, .configureRules: .leader
        case .administerDirectory, .readAuditLog, .erasePersonalData: .admin
        }
    }
}
