/// What one seller's coachable KPIs are computed from, per week: their activity rollup by type,
/// their meetings' follow-ups (``MeetingFollowUps``) and the values entered by hand.
public struct KPIWeekInputs: Hashable, Sendable {
    public var talliesByWeek: [ISOWeek: [ScopeWeekTally]]
    public var followUps: [Int: [ISOWeek: KPIFigure]]
    public var entries: [String: [ISOWeek: Double]]
    public var workCategories: WorkCategoryRules

    /// `followUps` by the measure's hours; `entries` by KPI key.
    public init(
        tallies: some Sequence<ScopeWeekTally>, followUps: [Int: [ISOWeek: KPIFigure]] = [:], entries: [String: [ISOWeek: Double]] = [:],
        workCategories: WorkCategoryRules
    ) {
        self.talliesByWeek = Dictionary(grouping: tallies, by: \.key.week)
        self.followUps = followUps
        self.entries = entries
        self.workCategories = workCategories
    }
}

extension CoachableKPI {
    /// The KPI's figure for one week (see ``KPIMeasure`` for each definition).
    public func figure(in week: ISOWeek, from inputs: KPIWeekInputs) -> KPIFigure {
        let tallies = inputs.talliesByWeek[week] ?? []
        func sum(_ type: ActivityType, _ value: (ScopeWeekTally) -> Int) -> Double {
            Double(tallies.filter { $0.key.activityType == type }.reduce(0) { $0 + value($1) })
        }
        switch measure {
        case .donePerWeek(let type):
            let active = tallies.contains { $0.plannedActivities + $0.scheduledActivities + $0.doneActivities > 0 }
            return active ? KPIFigure(numerator: sum(type, \.doneActivities), denominator: 1) : .empty
        case .onTime(let type):
            return KPIFigure(numerator: sum(type, \.doneByPlannedWeek), denominator: sum(type, \.plannedActivities))
        case .minutesPer(let work, let per):
            return KPIFigure(numerator: sum(work, \.doneMinutes), denominator: sum(per, \.doneActivities))
        case .sellingTimeShare:
            let selling = tallies.filter { inputs.workCategories.category(of: $0.key.activityType) == .selling }
            return KPIFigure(numerator: Double(selling.reduce(0) { $0 + $1.doneMinutes }), denominator: Double(tallies.reduce(0) { $0 + $1.doneMinutes }))
        case .followUpWithin(let hours):
            return inputs.followUps[hours]?[week] ?? .empty
        case .entered:
            return inputs.entries[key]?[week].map { KPIFigure(numerator: $0, denominator: 1) } ?? .empty
        }
    }
}
