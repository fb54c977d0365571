/// One person's input to a competence heatmap: where they sit, their consolidated levels and
/// their role profile's targets.
public struct HeatmapEntry: Hashable, Sendable {
    public var personID: Person.ID
    public var jobRole: JobRole
    public var teamID: Team.ID?
    public var marketID: Market.ID?
    public var levels: [Competency.ID: Double]
    public var targets: [Competency.ID: Int]

    public init(
        personID: Person.ID, jobRole: JobRole, teamID: Team.ID?, marketID: Market.ID?,
        levels: [Competency.ID: Double], targets: [Competency.ID: Int]
    ) {
        self.personID = personID
        self.jobRole = jobRole
        self.teamID = teamID
        self.marketID = marketID
        self.levels = levels
        self.targets = targets
    }

    /// The entry for `person` from their consolidated levels and applicable role profile.
    public init(person: Person, levels: [Competency.ID: Double], profile: RoleProfile?) {
        self.init(
            personID: person.id, jobRole: person.jobRole, teamID: person.teamID, marketID: person.marketID,
            levels: levels, targets: profile?.targets ?? [:]
        )
    }

    /// A participant nobody has a consolidated level for yet: listed as not rated, never dropped.
    public init(unrated person: Person) {
        self.init(person: person, levels: [:], profile: nil)
    }

    /// Whether any competency has a consolidated level.
    public var isRated: Bool { !levels.isEmpty }

    public func group(by grouping: HeatmapRowKind) -> HeatmapGroup {
        switch grouping {
        case .teams: teamID.map(HeatmapGroup.team) ?? .unassigned
        case .markets: marketID.map(HeatmapGroup.market) ?? .unassigned
        }
    }
}
