import FluentKit
import Foundation
import SalesDomain
import SQLKit

/// Keeps the competence rollups — a result row per cycle, person and competency, and the heatmap
/// tallies of every team subtree, market and the organization — equal to what the pure domain
/// functions would compute from the ratings, in the same transaction as each change that moves
/// them: a submitted rating, a person who moves (team, market or job role), a team that moves
/// under another parent, a changed role profile.
///
/// Tallies only ever change by deltas (the old contribution taken away, the new one added), so
/// a write touches a handful of rows however large the organization is.
public struct CompetenceRollups: Sendable {
    public let database: any Database
    public let organizationID: Organization.ID

    public init(database: any Database, organizationID: Organization.ID) {
        self.database = database
        self.organizationID = organizationID
    }

    var org: UUID { organizationID.rawValue }
    var sql: any SQLDatabase { database as! any SQLDatabase }

    /// Moves a person's results to where they are now: their current team chain, market and job
    /// role, with the targets of the role profile that applies to them now, in every cycle.
    /// ``Directory/updatePerson(_:with:actor:at:)`` calls it whenever team, market or job role
    /// change; call it yourself after changing people any other way.
    public func follow(_ person: Person) async throws {
        let stored = try await StoredResultRow.all(
            sql.select().from(CompetenceResultRow.table)
                .where("organization_id", .equal, org).where("person_id", .equal, person.id.rawValue))
        guard !stored.isEmpty else { return }
        let store = CompetenceStore(database: database, organizationID: organizationID)
        let frameworks = try await store.frameworkIDsByCycle()
        let profiles = try await store.roleProfiles()
        let placement = CompetencePlacement(person)
        let moved = stored.map { stored in
            let profile = frameworks[stored.row.cycleID].flatMap { RoleProfile.applicable(to: person, framework: $0, among: profiles) }
            return stored.row.placed(placement, profile: profile)
        }
        try await replace(stored, with: moved)
    }

    /// Moves a team's whole subtree in the tallies when the team gets another parent: its own
    /// rows (which already cover its subtree) are taken from each old ancestor and added to each
    /// new one. Result rows keep only the person's own team, so they need no change.
    /// ``Directory/updateTeam(_:with:actor:at:)`` calls it when the parent changes.
    public func teamMoved(_ team: Team.ID, from oldParent: Team.ID?, to newParent: Team.ID?) async throws {
        guard oldParent != newParent else { return }
        let hierarchy = try await Directory(database: database, organizationID: organizationID)
            .hierarchy(above: [oldParent, newParent].compactMap { $0 })
        let oldChain = oldParent.map { [$0] + hierarchy.ancestors(of: $0) } ?? []
        let newChain = newParent.map { [$0] + hierarchy.ancestors(of: $0) } ?? []
        let leaving = oldChain.filter { !newChain.contains($0) }
        let joining = newChain.filter { !oldChain.contains($0) }
        guard !leaving.isEmpty || !joining.isEmpty else { return }
        let rows = try await CompetenceTallyRows.select(organization: org, on: sql)
            .where("group_kind", .equal, CompetenceGroup.Kind.team.rawValue).where("group_id", .equal, team.rawValue)
            .all(decoding: CompetenceTallyRows.Row.self)
        var deltas: [TallyKey: HeatmapTally] = [:]
        for row in rows {
            guard let subtree = row.key else { continue }
            for ancestor in leaving {
                var key = subtree
                key.group = .team(ancestor)
                deltas[key, default: .empty] -= row.tally
            }
            for ancestor in joining {
                var key = subtree
                key.group = .team(ancestor)
                deltas[key, default: .empty] += row.tally
            }
        }
        try await CompetenceTallyRows.add(deltas, organization: org, on: sql)
    }

    /// Re-consolidates one person × competency of a cycle from its submitted ratings, after one
    /// of them was submitted.
    func refresh(
        cycleID: AssessmentCycle.ID, policy: ConsolidationPolicy, person: Person, competencyID: Competency.ID,
        profile: RoleProfile?
    ) async throws {
        let ratings = try await RatingModel.query(on: database)
            .filter(\.$organizationID == org).filter(\.$cycleID == cycleID.rawValue)
            .filter(\.$rateeID == person.id.rawValue).filter(\.$competencyID == competencyID.rawValue)
            .all().compactMap(\.domain)
        let rows = CompetenceResultRow.rows(
            cycleID: cycleID, personID: person.id, ratings: ratings, policy: policy, placement: CompetencePlacement(person), profile: profile
        )
        let stored = try await StoredResultRow.all(
            sql.select().from(CompetenceResultRow.table)
                .where("organization_id", .equal, org).where("cycle_id", .equal, cycleID.rawValue)
                .where("person_id", .equal, person.id.rawValue).where("competency_id", .equal, competencyID.rawValue))
        try await replace(stored, with: rows)
    }

    /// Gives the results of everyone in `jobRole`, in every cycle assessed with `frameworkID`, the
    /// targets and weights of the profiles that apply to them now — after a role profile changed.
    func retarget(framework frameworkID: CompetencyFramework.ID, jobRole: JobRole) async throws {
        let store = CompetenceStore(database: database, organizationID: organizationID)
        let cycles = try await store.frameworkIDsByCycle().filter { $0.value == frameworkID }.map(\.key.rawValue)
        guard !cycles.isEmpty else { return }
        let stored = try await StoredResultRow.all(
            sql.select().from(CompetenceResultRow.table)
                .where("organization_id", .equal, org).where("cycle_id", .in, cycles).where("job_role", .equal, jobRole.rawValue))
        let profiles = try await store.roleProfiles(framework: frameworkID)
        let retargeted = stored.map { stored in
            let placement = stored.row.placement
            let profile = RoleProfile.applicable(
                jobRole: placement.jobRole, marketID: placement.marketID, organizationID: organizationID, framework: frameworkID,
                among: profiles)
            return stored.row.placed(placement, profile: profile)
        }
        try await replace(stored, with: retargeted, hierarchy: try await store.directory.hierarchy())
    }

    /// Replaces stored result rows with their new versions (rows of `stored` whose key is not in
    /// `rows` are deleted) and moves the tallies by the difference. Unchanged rows are left alone.
    /// Without `hierarchy`, only the teams the rows are counted in, and those above them, are read.
    func replace(_ stored: [StoredResultRow], with rows: [CompetenceResultRow], hierarchy: TeamHierarchy? = nil) async throws {
        let storedByKey = Dictionary(stored.map { ($0.row.key, $0) }, uniquingKeysWith: { first, _ in first })
        let newByKey = Dictionary(rows.map { ($0.key, $0) }, uniquingKeysWith: { _, last in last })
        let removedRows = stored.filter { newByKey[$0.row.key] != $0.row }
        let added = newByKey.values.filter { storedByKey[$0.key]?.row != $0 }
        let placedIn = Set((removedRows.map(\.row) + added).compactMap(\.placement.teamID))
        var hierarchy = hierarchy
        if hierarchy == nil {
            hierarchy = try await Directory(database: database, organizationID: organizationID).hierarchy(above: placedIn)
        }
        guard let hierarchy else { return }
        var deltas: [TallyKey: HeatmapTally] = [:]
        for old in removedRows {
            if let tally = old.row.tally {
                deltas.add(tally, cycleID: old.row.cycleID, competencyID: old.row.competencyID, placement: old.row.placement,
                           hierarchy: hierarchy, sign: -1)
            }
        }
        for row in added {
            if let tally = row.tally {
                deltas.add(tally, cycleID: row.cycleID, competencyID: row.competencyID, placement: row.placement, hierarchy: hierarchy)
            }
        }
        let removed = removedRows.map(\.id)
        for chunk in removed.chunked(into: 500) {
            try await sql.delete(from: CompetenceResultRow.table).where("id", .in, Array(chunk)).run()
        }
        try await CompetenceResultRow.insert(added, organization: org, on: sql)
        try await CompetenceTallyRows.add(deltas, organization: org, on: sql)
    }
}
