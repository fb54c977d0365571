/// Everything the weekly execution analyses need of one group — a person, a team with its
/// sub-teams, a market, the organization — as sums that add and subtract.
///
/// A store keeps one rollup per group, and when a person's activities change it subtracts the
/// person's old ``contribution(of:policy:)`` from every group the person belongs to and adds
/// the new one. The reports (``TimeAllocationReport/init(rollup:rules:weeks:)`` and its
/// siblings) read nothing else, and the per-group reports on person tallies are defined through
/// the same contributions, so both paths give identical figures by construction.
public struct ScopeRollup: Hashable, Sendable, Codable {
    public private(set) var tallies: [ScopeWeekTally.Key: ScopeWeekTally]
    public private(set) var loads: [ISOWeek: LoadWeekCount]

    public init(tallies: some Sequence<ScopeWeekTally> = [], loads: some Sequence<LoadWeekCount> = []) {
        self.tallies = [:]
        self.loads = [:]
        for tally in tallies { add(tally) }
        for load in loads { add(load) }
    }

    public static let empty = ScopeRollup(tallies: [], loads: [])

    /// What one person adds to each group they belong to.
    ///
    /// Every week of `personTallies` is classed by ``LoadClass/of(person:week:scheduledMinutes:policy:)``
    /// over all the week's types; each tally then adds its counts, and its scheduled and
    /// pushed-out activities under that class. All tallies must be the same person's.
    public static func contribution(of personTallies: some Sequence<WeeklyActivityTally>, policy: PressurePolicy) -> ScopeRollup {
        let byWeek = Dictionary(grouping: personTallies, by: \.week)
        var rollup = ScopeRollup.empty
        for (week, weekTallies) in byWeek {
            guard let person = weekTallies.first?.personID else { continue }
            precondition(weekTallies.allSatisfy { $0.personID == person }, "a contribution is one person's tallies")
            let load = LoadClass.of(
                person: person, week: week, scheduledMinutes: weekTallies.reduce(0) { $0 + $1.scheduledMinutes }, policy: policy)
            rollup.add(LoadWeekCount(week: week, load: load))
            for tally in weekTallies { rollup.add(ScopeWeekTally(tally, load: load)) }
        }
        return rollup
    }

    /// One rollup per group from person tallies: the reference the stored rollups must equal.
    public static func byGroup<Key>(
        tallies: some Sequence<WeeklyActivityTally>, grouping: PersonGrouping<Key>, policy: PressurePolicy
    ) -> [Key: ScopeRollup] {
        var rollups: [Key: ScopeRollup] = [:]
        for (person, personTallies) in Dictionary(grouping: tallies, by: \.personID) {
            let keys = grouping.keys(for: person)
            guard !keys.isEmpty else { continue }
            let contribution = contribution(of: personTallies, policy: policy)
            for key in keys { rollups[key, default: .empty].add(contribution) }
        }
        return rollups
    }

    public var sortedTallies: [ScopeWeekTally] { tallies.values.sorted { $0.key < $1.key } }
    public var sortedLoads: [LoadWeekCount] { loads.values.sorted { $0.week < $1.week } }
    public var isEmpty: Bool { tallies.isEmpty && loads.isEmpty }

    public mutating func add(_ other: ScopeRollup) {
        for tally in other.tallies.values { add(tally) }
        for load in other.loads.values { add(load) }
    }

    public mutating func subtract(_ other: ScopeRollup) {
        for tally in other.tallies.values { add(tally, sign: -1) }
        for load in other.loads.values { add(load, sign: -1) }
    }

    /// `other − self`: what a store adds to a group's stored rows when a member's contribution
    /// changes from `self` to `other`. Rows that end at zero are kept as zero rows in the
    /// result so the store knows to update (or delete) them.
    public func change(to other: ScopeRollup) -> ScopeRollup {
        var delta = other
        delta.subtract(self)
        return delta
    }

    public mutating func add(_ tally: ScopeWeekTally, sign: Int = 1) {
        var stored = tallies[tally.key] ?? ScopeWeekTally(key: tally.key)
        if sign > 0 { stored.add(tally) } else { stored.subtract(tally) }
        tallies[tally.key] = stored
    }

    public mutating func add(_ load: LoadWeekCount, sign: Int = 1) {
        var stored = loads[load.week] ?? LoadWeekCount(week: load.week)
        stored.add(load, sign: sign)
        loads[load.week] = stored
    }

    /// The rollup without rows whose counts are all zero.
    public var pruned: ScopeRollup {
        ScopeRollup(tallies: tallies.values.filter { !$0.isEmpty }, loads: loads.values.filter { !$0.isEmpty })
    }
}
