import FluentKit
import Foundation
import SalesDomain
import SQLKit

extension CompetenceRollups {
    /// Recomputes a cycle's result rows and tallies from its ratings, the people's current teams,
    /// markets and job roles, and the role profiles — for repair, or after changing people or
    /// teams outside ``Directory``. Run it inside a transaction to make it atomic (the store's
    /// ``CompetenceStore/rebuildCompetenceRollups(cycle:)`` does).
    public func rebuild(cycle cycleID: AssessmentCycle.ID) async throws {
        let store = CompetenceStore(database: database, organizationID: organizationID)
        guard let cycleModel = try await store.cycleModel(cycleID) else {
            throw RecordNotFound(entity: "assessment cycle", id: cycleID.description)
        }
        let policy = try cycleModel.policy
        let framework = try await store.reference(ofVersion: cycleModel.frameworkVersionID).frameworkID
        let profiles = try await store.roleProfiles(framework: framework)
        try await sql.delete(from: CompetenceResultRow.table).where("cycle_id", .equal, cycleID.rawValue).run()
        try await sql.delete(from: CompetenceTallyRows.table).where("cycle_id", .equal, cycleID.rawValue).run()
        let participants = try await AssessmentParticipantModel.query(on: database)
            .filter(\.$cycleID == cycleID.rawValue).all().map(\.personID)
        var writer = RollupBatchWriter(organization: org, hierarchy: try await store.directory.hierarchy())
        for chunk in participants.chunked(into: 500) {
            let people = try await PersonModel.query(on: database)
                .filter(\.$organizationID == org).filter(\.$id ~~ Array(chunk)).all()
                .map { $0.domain(leaderMarketIDs: []) }
            let ratings = Dictionary(grouping: try await RatingModel.query(on: database)
                .filter(\.$organizationID == org).filter(\.$cycleID == cycleID.rawValue)
                .filter(\.$rateeID ~~ Array(chunk)).filter(\.$submittedAt != nil)
                .all().compactMap(\.domain), by: \.rateeID)
            let rows = people.flatMap { person in
                CompetenceResultRow.rows(
                    cycleID: cycleID, personID: person.id, ratings: ratings[person.id] ?? [], policy: policy,
                    placement: CompetencePlacement(person),
                    profile: RoleProfile.applicable(to: person, framework: framework, among: profiles))
            }
            try await writer.write(rows, on: sql)
        }
        try await writer.finish(on: sql)
    }
}

extension CompetenceStore {
    /// Recomputes one cycle's result and heatmap rollups from its ratings, in one transaction.
    public func rebuildCompetenceRollups(cycle: AssessmentCycle.ID) async throws {
        try await transaction { store in
            try await store.rollups.rebuild(cycle: cycle)
        }
    }
}
