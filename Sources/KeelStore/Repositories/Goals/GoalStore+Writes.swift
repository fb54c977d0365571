import FluentKit
import Foundation
import SalesDomain

extension GoalStore {
    /// Adds a goal (`id` nil) or changes one: who it belongs to must be someone the viewer sets
    /// goals for (an edited goal keeps its owner), and the draft passes ``GoalDraft`` against the
    /// goals the viewer reads — every problem at once, nothing stored on any. Audited with old
    /// and new values, with the person for an individual goal. `unreadable` are the fields the
    /// form or body could not read (a date that is no date): refused together with the draft's
    /// problems, which are left out for those fields.
    public func save(
        _ draft: GoalDraft, id: Goal.ID?, for policy: AccessPolicy, at date: Date, unreadable: [FieldError] = []
    ) async throws -> Goal {
        let all = try await goals()
        var draft = draft
        let existing = id.flatMap { id in all.first { $0.id == id } }
        if let existing { draft.owner = existing.owner }
        let reach = try await reach(for: policy, people: all.compactMap(\.owner.personID) + [draft.owner.personID].compactMap { $0 })
        if id != nil {
            guard let existing, reach.canRead(existing.owner) else { throw AccessRefused(.notFound, entity: "goal", field: "goalID") }
            guard reach.canWrite(existing.owner) else { throw AccessRefused(.forbidden, entity: "goal", field: "goalID") }
        }
        var problems: [FieldError] = []
        switch draft.owner {
        case .company: break
        case .team(let team):
            if reach.teams[team] == nil { problems.append(FieldError(field: "teamID", code: .notFound, .unknownTeam, ["id": team.description])) }
        case .person(let person):
            if reach.people[person] == nil {
                problems.append(FieldError(field: "personID", code: .notFound, .unknownPerson, ["id": person.description]))
            }
        }
        if problems.isEmpty, !reach.canWrite(draft.owner) {
            problems.append(FieldError(field: "level", code: .invalidValue, .goalOwnerNotAllowed))
        }
        // A parent the viewer does not read is as unknown to them as one that does not exist.
        let readable = Dictionary(uniqueKeysWithValues: all.filter { reach.canRead($0.owner) }.map { ($0.id, $0) })
        var validated: Goal?
        do {
            validated = try draft.validated(
                id: id, goals: readable, hierarchy: reach.hierarchy, teamOfOwner: draft.owner.personID.flatMap { reach.people[$0]?.teamID })
        } catch {
            problems += error.errors
        }
        problems = unreadable + problems.filter { problem in !unreadable.contains { $0.field == problem.field } }
        guard var goal = validated, problems.isEmpty else { throw FieldErrors(problems) }
        goal.createdBy = existing?.createdBy ?? policy.viewer.personID
        // The latest value stays with the goal while it stays manual.
        goal.latestValue = goal.measure?.isManual == true ? existing?.latestValue : nil
        let saved = goal
        let organizationID = organizationID
        try await database.writeTransaction { database in
            let model = try await GoalModel.query(on: database).filter(\.$id == saved.id.rawValue).first()
            if let model {
                model.update(from: saved, at: date)
                try await model.save(on: database)
            } else {
                try await GoalModel(saved, organizationID: organizationID, at: date).create(on: database)
            }
            try await AuditTrail.record(
                on: database, organizationID: organizationID, actor: policy.viewer.personID, entity: "goal", entityID: saved.id.rawValue,
                subject: saved.owner.personID, action: existing == nil ? "create" : "update",
                changes: AuditTrail.differences(existing.map(Self.auditValues) ?? [:], Self.auditValues(of: saved)), at: date)
        }
        return saved
    }

    /// Archives a goal: gone from the tree and the roll-up, kept for the audit trail and the
    /// person's export. A goal with children still hanging under it is refused (409): they
    /// would lose their parent.
    public func archive(_ id: Goal.ID, for policy: AccessPolicy, at date: Date) async throws {
        let (goal, model) = try await writable(id, for: policy)
        if try await GoalModel.query(on: database).filter(\.$parentID == id.rawValue).filter(\.$archivedAt == nil).count() > 0 {
            throw FieldError(field: "goalID", code: .conflict, .goalHasChildren)
        }
        let organizationID = organizationID
        try await database.writeTransaction { database in
            model.archivedAt = date
            model.updatedAt = date
            try await model.save(on: database)
            try await AuditTrail.record(
                on: database, organizationID: organizationID, actor: policy.viewer.personID, entity: "goal", entityID: id.rawValue,
                subject: goal.owner.personID, action: "archive", changes: ["archivedAt": .init(old: nil, new: ISO8601DateFormatter().string(from: date))],
                at: date)
        }
    }

    /// Enters a manual goal's latest value: whoever sets the goal, or the person it belongs to.
    /// Kept as an entry too, so the goal's history stays; audited with the old and new value.
    public func enterValue(_ value: Double, goal id: Goal.ID, for policy: AccessPolicy, at date: Date) async throws -> Goal {
        guard value.isFinite else { throw FieldError(field: "value", code: .invalidFormat, .notAWholeNumber) }
        let all = try await goals()
        let reach = try await reach(for: policy, people: all.compactMap(\.owner.personID))
        guard let goal = all.first(where: { $0.id == id }), reach.canRead(goal.owner), let model = try await goalModel(id) else {
            throw AccessRefused(.notFound, entity: "goal", field: "goalID")
        }
        guard goal.measure?.isManual == true else { throw FieldError(field: "value", code: .conflict, .goalNotManual) }
        guard reach.canEnterValue(goal) else { throw AccessRefused(.forbidden, entity: "goal", field: "goalID") }
        var updated = goal
        updated.latestValue = value
        let saved = updated
        let organizationID = organizationID
        try await database.writeTransaction { database in
            model.latestValue = value
            model.updatedAt = date
            try await model.save(on: database)
            try await GoalProgressEntryModel(organizationID: organizationID, goal: id, value: value, by: policy.viewer.personID, at: date)
                .create(on: database)
            try await AuditTrail.record(
                on: database, organizationID: organizationID, actor: policy.viewer.personID, entity: "goal", entityID: id.rawValue,
                subject: goal.owner.personID, action: "value",
                changes: ["latestValue": .init(old: goal.latestValue.map { String($0) }, new: String(value))], at: date)
        }
        return saved
    }

    func writable(_ id: Goal.ID, for policy: AccessPolicy) async throws -> (Goal, GoalModel) {
        guard let model = try await goalModel(id) else { throw AccessRefused(.notFound, entity: "goal", field: "goalID") }
        let goal = try model.domain()
        let reach = try await reach(for: policy, people: [goal.owner.personID].compactMap { $0 })
        guard reach.canRead(goal.owner) else { throw AccessRefused(.notFound, entity: "goal", field: "goalID") }
        guard reach.canWrite(goal.owner) else { throw AccessRefused(.forbidden, entity: "goal", field: "goalID") }
        return (goal, model)
    }

    /// What the audit trail keeps of a goal. The title is a text about its owner, kept under
    /// `goalTitle` so an erasure blanks it (``ErasureRegister/auditTextKeys``).
    static func auditValues(of goal: Goal) -> [String: String?] {
        let owner = switch goal.owner {
        case .company: "company"
        case .team(let id): "team:\(id)"
        case .person(let id): "individual:\(id)"
        }
        return [
            "owner": owner,
            "goalTitle": goal.title, "start": goal.start.description, "due": goal.due.description,
            "parentID": goal.parentID?.description, "weight": String(goal.weight),
            "measure": goal.measure.map { measure in
                switch measure {
                case .manual(let target, let unit): "manual:\(target) \(unit)"
                case .kpi(let kpi, let target): "\(kpi.rawValue):\(target)"
                }
            },
        ]
    }
}
