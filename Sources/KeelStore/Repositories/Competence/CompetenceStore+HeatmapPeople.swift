import Foundation
import SalesDomain

extension CompetenceStore {
    /// The people behind a heatmap row for one viewer: the row's team, market or organization
    /// checked by the domain's rule (``Directory/subject(_:for:field:)``, refusals naming
    /// `group`), its result rows read (or corrected for leniency), the cycle's participants in
    /// the row found so that those nobody rated are listed as not rated, and the report kept to
    /// the people the viewer may read.
    public func heatmapPeople(_ query: HeatmapPeopleQuery, for policy: AccessPolicy) async throws -> HeatmapPeopleReport {
        guard let cycle = try await cycle(query.cycle) else {
            throw RecordNotFound(entity: "assessment cycle", id: query.cycle.description)
        }
        let subject = try await directory.subject(query.group.scope, for: policy, field: "group")
        let group = query.group.competenceGroup
        let subtree: Set<Team.ID> = if case .team(let team) = group { try await directory.subtree(of: team) } else { [] }
        let participants = try await directory.people(ids: cycle.participantIDs).filter {
            group.contains($0, subtree: subtree) && (query.jobRole == nil || $0.jobRole == query.jobRole)
        }
        var calibration: CalibrationExercise?
        var adjustment: LeniencyAdjustment?
        let entries: [HeatmapEntry]
        if query.adjustsForLeniency {
            guard let exercise = try await latestClosedCalibration(framework: cycle.framework.frameworkID) else {
                throw HeatmapQuery.Refusal.noMeasuredLeniency
            }
            let adjusted = try await adjustedPeople(in: query.group.competenceGroup, cycle: query.cycle, jobRole: query.jobRole, exercise: exercise)
            entries = adjusted.entries
            calibration = exercise
            adjustment = adjusted.adjustment
        } else {
            entries = try await people(in: query.group.competenceGroup, cycle: query.cycle, jobRole: query.jobRole)
        }
        return HeatmapPeopleReport(
            query: query, subject: subject, entries: entries, participants: participants, policy: policy, calibration: calibration, adjustment: adjustment)
    }
}
