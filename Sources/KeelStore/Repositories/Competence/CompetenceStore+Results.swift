import FluentKit
import Foundation
import SalesDomain
import SQLKit

extension CompetenceStore {
    /// A person's results in a cycle for a viewer, read from the result rollups.
    ///
    /// The viewer reads them when ``AccessPolicy/readResults(of:cycleName:cycleIsClosed:)``
    /// allows: a person out of their reach is not found, and a person reads their own results
    /// only once the cycle has closed. Peer ratings are only ever in it as an aggregate of at
    /// least three peers.
    public func personResults(
        cycle cycleID: AssessmentCycle.ID, person personID: Person.ID, for policy: AccessPolicy
    ) async throws -> PersonCompetenceResults {
        guard let cycleModel = try await cycleModel(cycleID) else {
            throw AccessRefused(.notFound, entity: "assessment cycle", field: "cycleID")
        }
        guard let person = try await directory.person(personID) else {
            throw AccessRefused(.notFound, entity: "person", field: "personID")
        }
        try policy.readResults(of: person, cycleName: cycleModel.name, cycleIsClosed: cycleModel.closedAt != nil)
        let reference = try await reference(ofVersion: cycleModel.frameworkVersionID)
        let rows = try await StoredResultRow.all(
            sql.select().from(CompetenceResultRow.table)
                .where("organization_id", .equal, org).where("cycle_id", .equal, cycleID.rawValue)
                .where("person_id", .equal, personID.rawValue)
        ).map(\.row)
        let positions = try await competencyPositions(versionRowID: cycleModel.frameworkVersionID)
        let ordered = rows.sorted { (positions[$0.competencyID] ?? .max, $0.competencyID) < (positions[$1.competencyID] ?? .max, $1.competencyID) }
        let profile = try await applicableProfile(to: person, framework: reference.frameworkID)
        let levels = Dictionary(rows.compactMap { row in row.level.map { (row.competencyID, $0) } }, uniquingKeysWith: { first, _ in first })
        let blindSpots = ordered.compactMap { row -> BlindSpot? in
            guard let selfLevel = row.selfLevel, let managerLevel = row.managerLevel else { return nil }
            return BlindSpot.between(
                selfLevel: selfLevel, managerLevel: managerLevel, cycleID: cycleID, personID: personID, competencyID: row.competencyID)
        }
        return PersonCompetenceResults(
            cycleID: cycleID, personID: personID, competencies: ordered.map(\.result), profile: profile,
            fit: profile.map { RoleFit(levels: levels, profile: $0) }, blindSpots: blindSpots,
            comment: try await resultComment(cycle: cycleID, person: personID))
    }

    /// The consolidated levels of these people in a cycle, per person and competency, from the
    /// result rollups (the diagnosis's *can* side); people without a level are absent.
    public func consolidatedLevels(cycle cycleID: AssessmentCycle.ID, people: [Person.ID]) async throws -> [Person.ID: [Competency.ID: Double]] {
        var levels: [Person.ID: [Competency.ID: Double]] = [:]
        for chunk in people.chunked(into: 500) {
            let rows = try await StoredResultRow.all(
                sql.select().from(CompetenceResultRow.table)
                    .where("organization_id", .equal, org).where("cycle_id", .equal, cycleID.rawValue)
                    .where("person_id", .in, chunk.map(\.rawValue)))
            for stored in rows {
                if let level = stored.row.level { levels[stored.row.personID, default: [:]][stored.row.competencyID] = level }
            }
        }
        return levels
    }

    /// How a person's consolidated levels moved across the closed cycles, per competency
    /// (``CompetencyTrend``). Open cycles are left out for everyone: their levels still change.
    public func trends(of personID: Person.ID) async throws -> [CompetencyTrend] {
        let closed = try await AssessmentCycleModel.query(on: database)
            .filter(\.$organizationID == org).filter(\.$closedAt != nil).all()
        guard !closed.isEmpty else { return [] }
        var cycles: [AssessmentCycle] = []
        for model in closed {
            cycles.append(model.domain(framework: try await reference(ofVersion: model.frameworkVersionID), participantIDs: []))
        }
        let rows = try await StoredResultRow.all(
            sql.select().from(CompetenceResultRow.table)
                .where("organization_id", .equal, org).where("person_id", .equal, personID.rawValue)
                .where("cycle_id", .in, closed.compactMap(\.id)))
        return CompetencyTrend.trends(of: rows.compactMap(\.row.consolidatedLevel), cycles: cycles)
    }

    /// The comment a person wrote on their result in a cycle.
    public func resultComment(cycle: AssessmentCycle.ID, person: Person.ID) async throws -> ResultComment? {
        try await ResultCommentModel.query(on: database)
            .filter(\.$organizationID == org).filter(\.$cycleID == cycle.rawValue).filter(\.$personID == person.rawValue)
            .first()?.domain
    }

    /// Writes or rewrites the assessed person's comment on their result. Only the person
    /// themselves comments (the caller passes the signed-in person), only once the cycle has
    /// closed, and only on a cycle they were assessed in.
    @discardableResult
    public func commentOnResults(cycle cycleID: AssessmentCycle.ID, by personID: Person.ID, text: String, at date: Date) async throws -> ResultComment {
        let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty {
            throw FieldError(field: "text", code: .required, .commentEmpty)
        }
        if text.count > ResultComment.maximumLength {
            throw FieldError(field: "text", code: .tooLong, .textTooLong, ["maximum": String(ResultComment.maximumLength)])
        }
        return try await transaction { store in
            let cycleModel = try await store.requireCycle(cycleID)
            guard cycleModel.closedAt != nil else {
                throw FieldError(field: "cycleID", code: .conflict, .commentBeforeClose, ["name": cycleModel.name])
            }
            guard try await store.isParticipant(personID, in: cycleID) else {
                throw FieldError(field: "personID", code: .invalidValue, .commentByNonParticipant, ["name": cycleModel.name])
            }
            let model = try await ResultCommentModel.query(on: store.database)
                .filter(\.$organizationID == store.org).filter(\.$cycleID == cycleID.rawValue).filter(\.$personID == personID.rawValue)
                .first()
            let before = model?.domain
            let comment = ResultComment(
                cycleID: cycleID, personID: personID, text: text, createdAt: before?.createdAt ?? date, updatedAt: date)
            let row = model ?? ResultCommentModel()
            if model == nil {
                row.id = UUID()
                row.organizationID = store.org
                row.cycleID = cycleID.rawValue
                row.personID = personID.rawValue
                row.createdAt = date
            }
            row.text = text
            row.updatedAt = date
            try await row.save(on: store.database)
            try await store.recordAudit(
                actor: personID, entity: "result_comment", entityID: row.id!, subject: personID, action: before == nil ? "created" : "updated",
                before: before.map { ["text": $0.text] } ?? [:], after: ["text": text], at: date)
            return comment
        }
    }

    /// Each competency's place in a framework version, for showing results in framework order.
    func competencyPositions(versionRowID: UUID) async throws -> [Competency.ID: Int] {
        let rows = try await FrameworkCompetencyModel.query(on: database).filter(\.$frameworkVersionID == versionRowID).all()
        return Dictionary(rows.map { (Competency.ID($0.competencyID), $0.position) }, uniquingKeysWith: { first, _ in first })
    }
}
