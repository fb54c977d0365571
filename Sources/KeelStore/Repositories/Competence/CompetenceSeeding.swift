import FluentKit
import Foundation
import SalesDomain
import SQLKit

/// Stores generated competence history (``DemoCompetenceGenerator``) for an organization that
/// is already stored: the framework, role profiles, cycles with their participants, every
/// rating, the result and heatmap rollups, and the calibration exercise with its scores.
///
/// One transaction, so the rollups can never disagree with the ratings. Ratings and result rows
/// go in as plain SQL rows 500 at a time (as ``ExecutionSeeding`` does with activities), the
/// people in batches so that 10,000 sellers never hold all their ratings in memory at once,
/// and the tallies once at the end. Generated history has no audit trail, like the rest of the
/// demo data: nobody made those changes.
public struct CompetenceSeeding: Sendable {
    public let database: any Database
    public let organizationID: Organization.ID

    /// What was written.
    public struct Counts: Hashable, Sendable {
        public var profiles = 0
        public var cycles = 0
        public var participants = 0
        public var ratings = 0
        public var results = 0
        public var tallies = 0
        public var calibrationScores = 0

        public init() {}
    }

    /// Participants whose ratings are generated, written and consolidated together.
    static let participantsPerBatch = 250

    public init(database: any Database, organizationID: Organization.ID) {
        self.database = database
        self.organizationID = organizationID
    }

    /// - Parameter storedAt: when the framework version counts as created.
    @discardableResult
    public func store(_ generator: DemoCompetenceGenerator, at storedAt: Date) async throws -> Counts {
        guard generator.organizationID == organizationID else {
            throw FieldError(field: "organizationID", code: .invalidValue, .otherOrganization)
        }
        let organizationID = organizationID
        return try await database.writeTransaction { database in
            try await SQLiteBulkWriting.during(database as! any SQLDatabase) {
                try await Self.store(generator, organizationID: organizationID, at: storedAt, on: database)
            }
        }
    }

    private static func store(
        _ generator: DemoCompetenceGenerator, organizationID: Organization.ID, at storedAt: Date, on database: any Database
    ) async throws -> Counts {
        let store = CompetenceStore(database: database, organizationID: organizationID)
        let sql = database as! any SQLDatabase
        var counts = Counts()

        if try await store.versionModel(generator.framework.reference) == nil {
            try await store.insertVersion(generator.framework, actor: generator.cycles.first?.openedBy, at: storedAt)
        }
        guard let versionRowID = try await store.versionModel(generator.framework.reference)?.id else {
            throw RecordNotFound(entity: "framework version", id: generator.framework.reference.description)
        }
        for profile in generator.profiles {
            try await RoleProfileModel(profile, updatedAt: generator.framework.publishedAt ?? storedAt).create(on: database)
            try await profile.entries.enumerated()
                .map { RoleProfileEntryModel($1, profileID: profile.id, position: $0) }.create(on: database)
        }
        counts.profiles = generator.profiles.count

        for demoCycle in generator.cycles {
            let model = AssessmentCycleModel(
                demoCycle.cycle, frameworkVersionID: versionRowID, policy: demoCycle.policy, openedBy: demoCycle.openedBy)
            model.closedBy = demoCycle.closedBy?.rawValue
            try await model.create(on: database)
            try await store.insertParticipants(of: demoCycle.cycle)
            counts.participants += demoCycle.cycle.participantIDs.count
        }
        counts.cycles = generator.cycles.count

        let profileByRole = Dictionary(generator.profiles.map { ($0.jobRole, $0) }, uniquingKeysWith: { first, _ in first })
        var writer = RollupBatchWriter(organization: organizationID.rawValue, hierarchy: try await store.directory.hierarchy())
        for batch in generator.participants.chunked(into: Self.participantsPerBatch) {
            var rows: [CompetenceResultRow] = []
            var ratings: [Rating] = []
            for participant in batch {
                let own = generator.ratings(for: participant)
                ratings += own
                let byCycle = Dictionary(grouping: own, by: \.cycleID)
                for demoCycle in generator.cycles {
                    rows += CompetenceResultRow.rows(
                        cycleID: demoCycle.cycle.id, personID: participant.personID, ratings: byCycle[demoCycle.cycle.id] ?? [],
                        policy: demoCycle.policy,
                        placement: CompetencePlacement(teamID: participant.teamID, marketID: participant.marketID, jobRole: participant.jobRole),
                        profile: profileByRole[participant.jobRole])
                }
            }
            try await Self.insert(ratings, organization: organizationID.rawValue, on: sql)
            try await writer.write(rows, on: sql)
            counts.ratings += ratings.count
        }
        try await writer.finish(on: sql)
        // Statistics for PostgreSQL's planner, which otherwise takes the freshly filled tables for
        // empty and walks indexes row by row (a large heatmap took three times as long). SQLite
        // plans these queries well without, and analyzing would add seconds to the demo.
        if sql.dialect.name == "postgresql" {
            for table in [RatingModel.schema, CompetenceResultRow.table, CompetenceTallyRows.table, AssessmentParticipantModel.schema] {
                try await sql.raw("ANALYZE \(ident: table)").run()
            }
        }
        counts.results = writer.rowCount
        counts.tallies = writer.tallies.count

        if let calibration = generator.calibration {
            try await store.insert(calibration.exercise, versionRowID: versionRowID, openedBy: calibration.openedBy)
            let scored = calibration.exercise.closedAt ?? calibration.exercise.openedAt
            for chunk in calibration.scores.chunked(into: 500) {
                try await chunk.map { CalibrationScoreModel($0, organizationID: organizationID, updatedAt: scored) }.create(on: database)
            }
            counts.calibrationScores = calibration.scores.count
        }
        return counts
    }

    /// Plain SQL rows rather than ``RatingModel``s: ratings are half a million rows for 10,000
    /// sellers, and a model per row would be most of the time the demo takes.
    static func insert(_ ratings: [Rating], organization: UUID, on sql: any SQLDatabase) async throws {
        for chunk in ratings.chunked(into: 500) {
            var insert = sql.insert(into: RatingModel.schema).columns(
                "id", "organization_id", "cycle_id", "rater_id", "ratee_id", "competency_id", "source", "level", "evidence",
                "status", "updated_at", "submitted_at")
            for rating in chunk {
                insert = insert.values(
                    SQLBind(rating.id.rawValue), SQLBind(organization), SQLBind(rating.cycleID.rawValue),
                    SQLBind(rating.raterID.rawValue), SQLBind(rating.rateeID.rawValue), SQLBind(rating.competencyID.rawValue),
                    SQLBind(rating.source.rawValue), SQLBind(rating.level), SQLBind(rating.evidence),
                    SQLBind(rating.status.rawValue), SQLBind(rating.updatedAt), SQLBind(rating.submittedAt))
            }
            try await insert.run()
        }
    }
}
