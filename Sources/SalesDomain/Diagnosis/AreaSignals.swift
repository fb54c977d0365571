/// The execution signals that show one competency area being used (SPEC §3): the activity
/// types whose on-time execution shows it, and the deal stages whose conversion it drives.
public struct AreaSignals: Hashable, Sendable, Codable {
    /// The area's key in its framework version (`prospecting`, `needs-analysis` …).
    public var areaKey: String
    public var activityTypes: [ActivityType]
    public var stages: [DealStage]

    public init(areaKey: String, activityTypes: [ActivityType] = [], stages: [DealStage] = []) {
        self.areaKey = areaKey
        self.activityTypes = activityTypes
        self.stages = stages
    }

    public var isEmpty: Bool { activityTypes.isEmpty && stages.isEmpty }
}
