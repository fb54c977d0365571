/// Who may see and change what — the single place every web page and API route asks.
///
/// - seller: their own records;
/// - manager: people and teams in the subtree of their own team;
/// - leader: the whole organization, or only the markets assigned to them;
/// - admin: the whole organization, and its administration (people, teams).
///
/// Nobody ever sees a record of another organization: such records are reported as not found.
public struct AccessPolicy: Sendable {
    public let viewer: Viewer
    public let scope: AccessScope

    public init(viewer: Viewer, hierarchy: TeamHierarchy) {
        self.init(viewer: viewer, managedSubtree: viewer.accessRole == .manager ? viewer.teamID.map(hierarchy.subtree(of:)) : nil)
    }

    /// `managedSubtree` is the viewer's team with every team below it, and only a manager's
    /// scope reads it — so a store can read those teams alone rather than the organization's
    /// whole hierarchy (over a thousand teams in a large one) for every request.
    public init(viewer: Viewer, managedSubtree: Set<Team.ID>?) {
        self.viewer = viewer
        switch viewer.accessRole {
        case .admin:
            scope = .organization
        case .leader:
            scope = viewer.leaderMarketIDs.isEmpty ? .organization : .markets(viewer.leaderMarketIDs)
        case .manager:
            scope = managedSubtree.map { .teams($0) } ?? .ownRecordsOnly
        case .seller:
            scope = .ownRecordsOnly
        }
    }

    public func has(_ capability: Capability) -> Bool {
        viewer.accessRole >= capability.minimumRole
    }

    public func require(_ capability: Capability) -> AccessDecision {
        has(capability) ? .allowed : .forbidden
    }

    public func canRead(_ person: Person) -> Bool {
        guard person.organizationID == viewer.organizationID else { return false }
        if person.id == viewer.personID { return true }
        switch scope {
        case .organization: return true
        case .markets(let markets): return person.marketID.map(markets.contains) ?? false
        case .teams(let teams): return person.teamID.map(teams.contains) ?? false
        case .ownRecordsOnly: return false
        }
    }

    public func canRead(_ team: Team) -> Bool {
        guard team.organizationID == viewer.organizationID else { return false }
        switch scope {
        case .organization: return true
        case .markets(let markets): return team.marketID.map(markets.contains) ?? false
        case .teams(let teams): return teams.contains(team.id)
        case .ownRecordsOnly: return false
        }
    }

    /// Market-wide figures: leaders of that market and everyone who sees the organization.
    public func canRead(market: Market.ID) -> Bool {
        switch scope {
        case .organization: true
        case .markets(let markets): markets.contains(market)
        case .teams, .ownRecordsOnly: false
        }
    }

    /// Organization-wide figures: only viewers whose scope is the whole organization.
    public var canReadOrganization: Bool { scope == .organization }

    public func read(_ person: Person) -> AccessDecision {
        canRead(person) ? .allowed : .notFound
    }

    public func read(_ team: Team) -> AccessDecision {
        canRead(team) ? .allowed : .notFound
    }

    /// Changing a record needs the capability and the record in the viewer's organization; a
    /// record of another organization is not found rather than forbidden.
    public func change(_ person: Person, needing capability: Capability = .administerDirectory) -> AccessDecision {
        guard person.organizationID == viewer.organizationID else { return .notFound }
        guard has(capability) else { return canRead(person) ? .forbidden : .notFound }
        return .allowed
    }

    public func change(_ team: Team, needing capability: Capability = .administerDirectory) -> AccessDecision {
        guard team.organizationID == viewer.organizationID else { return .notFound }
        guard has(capability) else { return canRead(team) ? .forbidden : .notFound }
        return .allowed
    }
}
