import FluentKit
import Foundation
import SalesDomain
import SQLKit

extension CompetenceStore {
    /// How far a cycle has come for the participants the viewer may read (``CycleProgress``):
    /// one aggregate over the cycle's ratings — raters per participant, source and whether they
    /// submitted — rather than every rating.
    public func cycleProgress(_ id: AssessmentCycle.ID, for policy: AccessPolicy, noTeamName: String) async throws -> CycleProgress {
        guard policy.has(.readOthers) else { throw AccessRefused(.forbidden, entity: "assessment cycle") }
        guard let cycle = try await cycle(id) else { throw AccessRefused(.notFound, entity: "assessment cycle", field: "cycleID") }
        let people = try await directory.people(ids: cycle.participantIDs).filter(policy.canRead)
        struct Row: Decodable {
            var ratee_id: UUID
            var source: String
            var submitted: Int
            var raters: Int
        }
        let submitted = SQLRaw("CASE WHEN submitted_at IS NULL THEN 0 ELSE 1 END")
        let rows = try await sql.select()
            .column("ratee_id").column("source").column(submitted, as: "submitted")
            .column(SQLFunction("COUNT", args: SQLDistinct(SQLColumn("rater_id"))), as: "raters")
            .from("ratings")
            .where("organization_id", .equal, org).where("cycle_id", .equal, id.rawValue)
            .groupBy("ratee_id").groupBy("source").groupBy(submitted)
            .all(decoding: Row.self)
        // A rater with some competencies submitted and others not cannot happen (forms submit whole);
        // one who submitted is counted as submitted only.
        var submitters: [Person.ID: [RatingSource: Int]] = [:]
        var drafters: [Person.ID: [RatingSource: Int]] = [:]
        for row in rows {
            guard let source = RatingSource(rawValue: row.source) else { continue }
            if row.submitted == 1 { submitters[.init(row.ratee_id), default: [:]][source] = row.raters }
            else { drafters[.init(row.ratee_id), default: [:]][source] = row.raters }
        }
        var raters: [Person.ID: [RatingSource: CycleProgress.RaterCounts]] = [:]
        for person in Set(submitters.keys).union(drafters.keys) {
            for source in RatingSource.allCases {
                let done = submitters[person]?[source] ?? 0
                let drafting = drafters[person]?[source] ?? 0
                if done + drafting > 0 { raters[person, default: [:]][source] = .init(submitted: done, drafting: drafting) }
            }
        }
        let teamNames = Dictionary(
            try await directory.teams(ids: Set(people.compactMap(\.teamID))).map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        return CycleProgress(cycle: cycle, people: people, raters: raters, teamNames: teamNames, noTeamName: noTeamName)
    }
}
