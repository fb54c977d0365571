/// The frameworks screen — `/competence/frameworks` and `GET /api/v1/competence/frameworks` —
/// for one viewer: every version of the organization's frameworks and whether they may change
/// them (``AccessPolicy/canChangeFrameworks``).
public struct FrameworkList: Hashable, Sendable {
    /// By key, each framework's newest version first: the version one works on is the top one.
    public var versions: [CompetencyFramework]
    public var mayChange: Bool

    public init(versions: [CompetencyFramework], for policy: AccessPolicy) {
        self.versions = versions.sorted { ($0.key, -$0.version) < ($1.key, -$1.version) }
        mayChange = policy.canChangeFrameworks
    }
}
