import SalesDomain

/// One heatmap tally row: a cycle, a group, a job role and a competency.
struct TallyKey: Hashable, Sendable, Comparable {
    var cycleID: AssessmentCycle.ID
    var group: CompetenceGroup
    var jobRole: JobRole
    var competencyID: Competency.ID

    /// The order tally rows are written in, the same in every transaction, so two writers never
    /// wait for each other's rows in opposite orders (a deadlock on PostgreSQL).
    static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.cycleID, lhs.group, lhs.jobRole.rawValue, lhs.competencyID)
            < (rhs.cycleID, rhs.group, rhs.jobRole.rawValue, rhs.competencyID)
    }
}

extension Dictionary where Key == TallyKey, Value == HeatmapTally {
    /// Adds (or, with `sign` −1, takes away) one result's tally in each of its groups.
    mutating func add(_ tally: HeatmapTally, cycleID: AssessmentCycle.ID, competencyID: Competency.ID,
                      placement: CompetencePlacement, hierarchy: TeamHierarchy, sign: Int = 1) {
        for group in placement.groups(in: hierarchy) {
            let key = TallyKey(cycleID: cycleID, group: group, jobRole: placement.jobRole, competencyID: competencyID)
            if sign >= 0 { self[key, default: .empty] += tally } else { self[key, default: .empty] -= tally }
        }
    }
}
