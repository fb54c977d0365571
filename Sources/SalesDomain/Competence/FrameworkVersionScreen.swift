/// One framework version's screen — its page, file, editor and `GET …/frameworks/{id}/versions/{v}`
/// — for one viewer: the version, the framework's newest version, and whether the viewer may
/// change them (``AccessPolicy/canChangeFrameworks``).
public struct FrameworkVersionScreen: Hashable, Sendable {
    public var framework: CompetencyFramework
    /// The newest version of the same framework, this one when it is the newest.
    public var newest: CompetencyFramework
    public var mayChange: Bool

    public init(framework: CompetencyFramework, newest: CompetencyFramework, for policy: AccessPolicy) {
        self.framework = framework
        self.newest = newest.version >= framework.version ? newest : framework
        mayChange = policy.canChangeFrameworks
    }

    /// Only the newest version has a next one: from an older version, or while the next one is a
    /// draft being edited, this is the version to go to instead.
    public var newerVersion: CompetencyFramework? {
        newest.version > framework.version ? newest : nil
    }
}
