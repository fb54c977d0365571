/// The competencies a job role needs in one framework, optionally for one market only (a key
/// account manager in Norway may need other things than one in Sweden).
public struct RoleProfile: Hashable, Sendable, Codable, Identifiable {
    public typealias ID = Identifier<RoleProfile>

    public var id: ID
    public var organizationID: Organization.ID
    public var frameworkID: CompetencyFramework.ID
    public var jobRole: JobRole
    /// `nil`: applies in every market that has no profile of its own for this role.
    public var marketID: Market.ID?
    public var entries: [RoleProfileEntry]

    public init(
        id: ID, organizationID: Organization.ID, frameworkID: CompetencyFramework.ID, jobRole: JobRole,
        marketID: Market.ID? = nil, entries: [RoleProfileEntry]
    ) {
        self.id = id
        self.organizationID = organizationID
        self.frameworkID = frameworkID
        self.jobRole = jobRole
        self.marketID = marketID
        self.entries = entries
    }

    public func entry(for competencyID: Competency.ID) -> RoleProfileEntry? {
        entries.first { $0.competencyID == competencyID }
    }

    public func includes(_ competencyID: Competency.ID) -> Bool {
        entry(for: competencyID) != nil
    }

    /// Target level per competency, the form the heatmap and gap analyses take.
    public var targets: [Competency.ID: Int] {
        Dictionary(entries.map { ($0.competencyID, $0.targetLevel) }, uniquingKeysWith: { first, _ in first })
    }

    /// The profile that applies to `person` in `frameworkID`: the one for their role and market
    /// if there is one, else the one for their role in all markets, else none.
    public static func applicable(
        to person: Person, framework frameworkID: CompetencyFramework.ID, among profiles: some Sequence<RoleProfile>
    ) -> RoleProfile? {
        applicable(
            jobRole: person.jobRole, marketID: person.marketID, organizationID: person.organizationID,
            framework: frameworkID, among: profiles
        )
    }

    /// The same rule for someone known only by job role and market (a stored result row).
    public static func applicable(
        jobRole: JobRole, marketID: Market.ID?, organizationID: Organization.ID, framework frameworkID: CompetencyFramework.ID,
        among profiles: some Sequence<RoleProfile>
    ) -> RoleProfile? {
        var general: RoleProfile?
        for profile in profiles
        where profile.organizationID == organizationID && profile.frameworkID == frameworkID && profile.jobRole == jobRole {
            if let market = profile.marketID {
                if market == marketID { return profile }
            } else if general == nil {
                general = profile
            }
        }
        return general
    }
}
