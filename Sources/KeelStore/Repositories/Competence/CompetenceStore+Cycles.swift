import FluentKit
import Foundation
import SalesDomain
import SQLKit

extension CompetenceStore {
    // MARK: Reading

    /// A cycle with its participants.
    public func cycle(_ id: AssessmentCycle.ID) async throws -> AssessmentCycle? {
        guard let model = try await cycleModel(id) else { return nil }
        let participants = try await AssessmentParticipantModel.query(on: database)
            .filter(\.$cycleID == id.rawValue).all().map { Person.ID($0.personID) }.sorted()
        return model.domain(framework: try await reference(ofVersion: model.frameworkVersionID), participantIDs: participants)
    }

    /// Every cycle, most recently opened first.
    public func cycleSummaries() async throws -> [AssessmentCycleSummary] {
        try await ReadMemo.remember("cycle-summaries \(org)") {
            try await summaries(of: try await AssessmentCycleModel.query(on: database)
                .filter(\.$organizationID == org).sort(\.$openedAt, .descending).all())
        }
    }

    /// One cycle's summary, for a request about that cycle: counting every cycle's participants
    /// was a few milliseconds of each such request at 10,000 people a cycle.
    public func cycleSummary(_ id: AssessmentCycle.ID) async throws -> AssessmentCycleSummary? {
        guard let model = try await cycleModel(id) else { return nil }
        return try await summaries(of: [model]).first
    }

    private func summaries(of models: [AssessmentCycleModel]) async throws -> [AssessmentCycleSummary] {
        guard !models.isEmpty else { return [] }
        struct Count: Decodable { var cycle_id: UUID; var participants: Int }
        let counts = try await sql.select()
            .column("cycle_id").column(SQLFunction("COUNT", args: SQLLiteral.all), as: "participants")
            .from(AssessmentParticipantModel.schema)
            .where("cycle_id", .in, models.compactMap(\.id))
            .groupBy("cycle_id")
            .all(decoding: Count.self)
        let countByCycle = Dictionary(counts.map { ($0.cycle_id, $0.participants) }, uniquingKeysWith: { first, _ in first })
        var summaries: [AssessmentCycleSummary] = []
        for model in models {
            summaries.append(AssessmentCycleSummary(
                id: .init(model.id!), name: model.name, framework: try await reference(ofVersion: model.frameworkVersionID),
                policy: try model.policy, participantCount: countByCycle[model.id!] ?? 0, openedAt: model.openedAt,
                openedBy: model.openedBy.map(Person.ID.init), closedAt: model.closedAt, closedBy: model.closedBy.map(Person.ID.init)))
        }
        return summaries
    }

    /// The cycles `person` is assessed in.
    public func cycles(assessing person: Person.ID) async throws -> Set<AssessmentCycle.ID> {
        Set(try await AssessmentParticipantModel.query(on: database)
            .join(AssessmentCycleModel.self, on: \AssessmentParticipantModel.$cycleID == \AssessmentCycleModel.$id)
            .filter(AssessmentCycleModel.self, \.$organizationID == org)
            .filter(\.$personID == person.rawValue).all().map { AssessmentCycle.ID($0.cycleID) })
    }

    // MARK: Writing

    /// Opens a cycle on a published framework version for a set of people of the organization.
    ///
    /// `participants` `nil` assesses ``AssessmentCycle/defaultParticipants(among:)`` of the
    /// organization's people, read in the same transaction.
    public func openCycle(
        name: String, framework: FrameworkVersionReference, participants named: [Person.ID]?,
        policy: ConsolidationPolicy = .managerRating, actor: Person.ID?, at date: Date, id: AssessmentCycle.ID = .init(UUID())
    ) async throws -> AssessmentCycle {
        try await transaction { store in
            let participants: [Person.ID]
            if let named {
                participants = named
            } else {
                let everyone = try await store.directory.people(PeopleQuery(scope: .organization, viewerID: nil, limit: Int.max))
                participants = AssessmentCycle.defaultParticipants(among: everyone.people)
            }
            let (versionModel, version) = try await store.requireVersion(framework, field: "framework")
            let cycle = AssessmentCycle(
                id: id, organizationID: store.organizationID, name: name.trimmingCharacters(in: .whitespacesAndNewlines),
                framework: framework, participantIDs: participants, openedAt: date)
            try cycle.validate(framework: version)
            try await store.requirePeople(participants, field: "participantIDs")
            try await AssessmentCycleModel(cycle, frameworkVersionID: versionModel.id!, policy: policy, openedBy: actor)
                .create(on: store.database)
            try await store.insertParticipants(of: cycle)
            try await store.recordAudit(
                actor: actor, entity: "assessment_cycle", entityID: id.rawValue, action: "opened",
                before: [:], after: cycle.auditSnapshot(policy: policy), at: date)
            return cycle
        }
    }

    /// Closes a cycle: ratings stop, and the people assessed may see their results. Closing is
    /// final; a second close is refused (``AssessmentCycle/closed(at:)``). The participants'
    /// practice plans are then refreshed from the new assessment (SPEC §5).
    public func closeCycle(_ id: AssessmentCycle.ID, actor: Person.ID?, at date: Date) async throws -> AssessmentCycle {
        let closed = try await markClosed(id, actor: actor, at: date)
        try await PracticeStore.of(database: database, organizationID: .init(org))
            .refreshPlans(of: closed.participantIDs, in: .organization, actor: actor, at: date)
        return closed
    }

    private func markClosed(_ id: AssessmentCycle.ID, actor: Person.ID?, at date: Date) async throws -> AssessmentCycle {
        try await transaction { store in
            guard let model = try await store.cycleModel(id), let cycle = try await store.cycle(id) else {
                throw RecordNotFound(entity: "assessment cycle", id: id.description)
            }
            let closed = try cycle.closed(at: date)
            model.closedAt = closed.closedAt
            model.closedBy = actor?.rawValue
            try await model.save(on: store.database)
            let policy = try model.policy
            try await store.recordAudit(
                actor: actor, entity: "assessment_cycle", entityID: id.rawValue, action: "closed",
                before: cycle.auditSnapshot(policy: policy), after: closed.auditSnapshot(policy: policy), at: date)
            return closed
        }
    }

    // MARK: Support

    func cycleModel(_ id: AssessmentCycle.ID) async throws -> AssessmentCycleModel? {
        try await AssessmentCycleModel.query(on: database).filter(\.$organizationID == org).filter(\.$id == id.rawValue).first()
    }

    /// A cycle named in a request, or a field error naming `field`.
    func requireCycle(_ id: AssessmentCycle.ID, field: String = "cycleID") async throws -> AssessmentCycleModel {
        guard let model = try await cycleModel(id) else {
            throw FieldError(field: field, code: .notFound, .unknownCycle)
        }
        return model
    }

    func reference(ofVersion versionRowID: UUID) async throws -> FrameworkVersionReference {
        guard let version = try await FrameworkVersionModel.query(on: database)
            .filter(\.$organizationID == org).filter(\.$id == versionRowID).first()
        else {
            throw CorruptRecord(entity: "framework version", id: versionRowID.uuidString, problem: "it is missing")
        }
        return version.reference
    }

    func isParticipant(_ person: Person.ID, in cycle: AssessmentCycle.ID) async throws -> Bool {
        try await AssessmentParticipantModel.query(on: database)
            .filter(\.$cycleID == cycle.rawValue).filter(\.$personID == person.rawValue).count() > 0
    }

    /// The cycle as the rating rules see it for one ratee: the participant list holds the ratee
    /// when they are a participant and is empty otherwise, so checking a rating reads one
    /// participant row instead of thousands.
    func cycle(_ model: AssessmentCycleModel, asSeenBy ratee: Person.ID) async throws -> AssessmentCycle {
        model.domain(
            framework: try await reference(ofVersion: model.frameworkVersionID),
            participantIDs: try await isParticipant(ratee, in: .init(model.id!)) ? [ratee] : [])
    }

    /// Refuses ids that are not active people of this organization, naming the first.
    func requirePeople(_ ids: [Person.ID], field: String) async throws {
        if let first = try await unknownPeople(ids, field: field).first { throw first }
    }

    /// A problem for each of `ids` that names no person of the organization, or a deactivated
    /// one — who can neither rate nor be assessed any more — in the order given.
    func unknownPeople(_ ids: [Person.ID], field: String) async throws -> [FieldError] {
        struct Row: Decodable {
            var id: UUID
            var name: String
            var is_active: Bool
        }
        var seen: Set<Person.ID> = []
        let distinct = ids.filter { seen.insert($0).inserted }
        var found: [UUID: Row] = [:]
        for chunk in distinct.chunked(into: 500) {
            for row in try await sql.select().columns("id", "name", "is_active").from(PersonModel.schema)
                .where("organization_id", .equal, org).where("id", .in, chunk.map(\.rawValue))
                .all(decoding: Row.self) {
                found[row.id] = row
            }
        }
        return distinct.compactMap { id in
            guard let row = found[id.rawValue] else { return FieldError(field: field, code: .notFound, .unknownPerson, ["id": id.description]) }
            return row.is_active ? nil : FieldError(field: field, code: .invalidValue, .personNoLongerActive, ["person": row.name])
        }
    }

    func insertParticipants(of cycle: AssessmentCycle) async throws {
        for chunk in cycle.participantIDs.chunked(into: 500) {
            var insert = sql.insert(into: AssessmentParticipantModel.schema).columns("id", "cycle_id", "person_id")
            for person in chunk {
                insert = insert.values(SQLBind(UUID()), SQLBind(cycle.id.rawValue), SQLBind(person.rawValue))
            }
            try await insert.run()
        }
    }
}

extension AssessmentCycle {
    func auditSnapshot(policy: ConsolidationPolicy) -> [String: String?] {
        [
            "name": name, "framework": framework.description, "participants": String(participantIDs.count),
            "policy": "manager \(policy.managerWeight), self \(policy.selfWeight), peer \(policy.peerWeight)",
            "status": status.rawValue, "closedAt": closedAt?.formatted(.iso8601),
        ]
    }
}
