import FluentKit
import FluentSQL
import Foundation
import SalesDomain
import SQLKit

/// What sellers do by hand between imports: log an activity, mark it done, move it to a later
/// date or drop it with a reason; and what their manager does with the reasons: review them.
///
/// Every write is one transaction that also records the audit event and moves the owner's
/// rollups (``ExecutionRollups/refresh(people:)``), so the analyses show it at once.
/// Authorization is the caller's; these functions enforce the domain's rules.
public struct ActivityLog: Sendable {
    public let database: any Database
    public let organizationID: Organization.ID

    public init(database: any Database, organizationID: Organization.ID) {
        self.database = database
        self.organizationID = organizationID
    }

    /// An activity with its plan history and whether it was dropped.
    public struct Entry: Hashable, Sendable {
        public var activity: Activity
        public var subject: String?
        public var postponements: [Postponement]

        public var isDropped: Bool { postponements.contains(where: \.isDropped) }
        public var isOpen: Bool { !activity.isDone && !isDropped }
    }

    /// A person's activities planned (currently) in `dates`, oldest first, with their history.
    public func entries(of owner: Person.ID, plannedIn dates: Range<Date>) async throws -> [Entry] {
        let models = try await plannedQuery(of: [owner.rawValue], in: dates).orderBy("planned_at").orderBy("id").all()
            .map { try $0.decode(fluentModel: ActivityModel.self) }
        let postponements = try await postponements(of: models.compactMap(\.id))
        let byActivity = Dictionary(grouping: postponements, by: \.activityID)
        return models.map { Entry(activity: $0.domain, subject: $0.subject, postponements: byActivity[.init($0.id!)] ?? []) }
    }

    public func entry(_ id: Activity.ID) async throws -> Entry {
        let model = try await activityModel(id)
        let postponements = try await postponements(of: [id.rawValue])
        return Entry(activity: model.domain, subject: model.subject, postponements: postponements)
    }

    /// A postponement with the type of the activity it moved.
    public typealias PostponedActivity = SalesDomain.PostponedActivity

    // MARK: Writes

    public struct NewActivity: Hashable, Sendable {
        public var type: ActivityType
        public var plannedDate: Date
        public var durationMinutes: Int
        public var doneDate: Date?
        public var subject: String?

        public init(type: ActivityType, plannedDate: Date, durationMinutes: Int, doneDate: Date? = nil, subject: String? = nil) {
            self.type = type
            self.plannedDate = plannedDate
            self.durationMinutes = durationMinutes
            self.doneDate = doneDate
            self.subject = subject
        }
    }

    public func log(_ new: NewActivity, owner: Person.ID, actor: Person.ID, at now: Date) async throws -> Activity {
        let problems = ActivityLimits.problems(
            plannedDate: new.plannedDate, doneDate: new.doneDate, durationMinutes: new.durationMinutes, subject: new.subject, asOf: now)
        if !problems.isEmpty { throw FieldErrors(problems) }
        let activity = try Activity(
            id: Activity.ID(UUID()), type: new.type, ownerID: owner, plannedDate: new.plannedDate, doneDate: new.doneDate,
            durationMinutes: new.durationMinutes, source: .logged
        ).validated(asOf: now)
        return try await database.writeTransaction { database in
            let model = ActivityModel()
            model.id = activity.id.rawValue
            model.organizationID = organizationID.rawValue
            model.ownerID = owner.rawValue
            model.type = activity.type.rawValue
            model.plannedAt = activity.plannedDate
            model.doneAt = activity.doneDate
            model.durationMinutes = activity.durationMinutes
            model.subject = new.subject
            model.source = ActivitySource.logged.rawValue
            model.updatedAt = now
            try await model.create(on: database)
            try await AuditTrail.record(
                on: database, organizationID: organizationID, actor: actor, entity: "activity", entityID: activity.id.rawValue,
                subject: owner, action: "logged", changes: ["type": .init(old: nil, new: activity.type.rawValue),
                                            "plannedDate": .init(old: nil, new: activity.plannedDate.formatted(.iso8601))],
                at: now)
            try await ExecutionRollups.of(database: database, organizationID: organizationID).refresh(people: [owner])
            return activity
        }
    }

    public func markDone(_ id: Activity.ID, on doneDate: Date, actor: Person.ID, at now: Date) async throws -> Activity {
        try await database.writeTransaction { database in
            let log = ActivityLog(database: database, organizationID: organizationID)
            let entry = try await log.entry(id)
            if entry.isDropped {
                throw FieldError(field: "doneDate", code: .conflict, .activityDropped)
            }
            if entry.activity.doneDate != nil {
                throw FieldError(field: "doneDate", code: .conflict, .activityAlreadyDone)
            }
            var activity = entry.activity
            activity.doneDate = doneDate
            activity = try activity.validated(asOf: now)
            let model = try await log.activityModel(id)
            model.doneAt = doneDate
            model.updatedAt = now
            try await model.save(on: database)
            try await AuditTrail.record(
                on: database, organizationID: organizationID, actor: actor, entity: "activity", entityID: id.rawValue,
                subject: activity.ownerID, action: "done", changes: ["doneDate": .init(old: nil, new: doneDate.formatted(.iso8601))], at: now)
            try await ExecutionRollups.of(database: database, organizationID: organizationID).refresh(people: [activity.ownerID])
            return activity
        }
    }

    /// Moves the activity to a later date (`to`) or drops it (`to == nil`), with a reason from
    /// the organization's catalog.
    public func postpone(_ id: Activity.ID, to newDate: Date?, reason: ReasonCode, actor: Person.ID, at now: Date) async throws -> Postponement {
        try await database.writeTransaction { database in
            let log = ActivityLog(database: database, organizationID: organizationID)
            let entry = try await log.entry(id)
            guard entry.isOpen else {
                throw FieldError(
                    field: "activity", code: .conflict,
                    entry.activity.isDone ? .activityAlreadyDone : .activityDropped)
            }
            let catalog = try await OrganizationSettings(database: database, organizationID: organizationID).reasonCatalog()
            let postponement = Postponement(
                id: Postponement.ID(UUID()), activityID: id, ownerID: entry.activity.ownerID, from: entry.activity.plannedDate,
                change: newDate.map { .moved(to: $0) } ?? .dropped, reasonCode: reason, loggedAt: now
            )
            // A date that does not go later and a reason not in the catalog are told together.
            let problems = postponement.problems(against: catalog)
            if !problems.isEmpty { throw FieldErrors(problems) }
            try await PostponementModel(postponement, organizationID: organizationID).create(on: database)
            if let newDate {
                let model = try await log.activityModel(id)
                model.plannedAt = newDate
                model.updatedAt = now
                try await model.save(on: database)
            }
            try await AuditTrail.record(
                on: database, organizationID: organizationID, actor: actor, entity: "activity", entityID: id.rawValue,
                subject: entry.activity.ownerID, action: newDate == nil ? "dropped" : "moved",
                changes: ["plannedDate": .init(old: entry.activity.plannedDate.formatted(.iso8601), new: newDate?.formatted(.iso8601)),
                          "reason": .init(old: nil, new: reason.rawValue)],
                at: now)
            try await ExecutionRollups.of(database: database, organizationID: organizationID).refresh(people: [entry.activity.ownerID])
            return postponement
        }
    }

    public func review(_ id: Postponement.ID, verdict: ReviewVerdict, note: String?, reviewer: Person.ID, at now: Date) async throws -> Postponement {
        if let note, note.count > 1000 {
            throw FieldError(field: "note", code: .tooLong, .textTooLong, ["maximum": "1000"])
        }
        return try await database.writeTransaction { database in
            guard let model = try await PostponementModel.query(on: database)
                .filter(\.$organizationID == organizationID.rawValue).filter(\.$id == id.rawValue).first()
            else { throw RecordNotFound(entity: "postponement", id: id.description) }
            let before = model.domain
            let reviewed = try before.reviewed(by: reviewer, verdict: verdict, at: now, note: note)
            model.reviewerID = reviewer.rawValue
            model.verdict = verdict.rawValue
            model.reviewedAt = now
            model.note = note
            try await model.save(on: database)
            try await AuditTrail.record(
                on: database, organizationID: organizationID, actor: reviewer, entity: "postponement", entityID: id.rawValue,
                subject: before.ownerID, action: "reviewed", changes: ["verdict": .init(old: before.review?.verdict.rawValue, new: verdict.rawValue)], at: now)
            try await ExecutionRollups.of(database: database, organizationID: organizationID).refresh(people: [before.ownerID])
            return reviewed
        }
    }

    func activityModel(_ id: Activity.ID) async throws -> ActivityModel {
        guard let model = try await ActivityModel.query(on: database)
            .filter(\.$organizationID == organizationID.rawValue).filter(\.$id == id.rawValue).first()
        else { throw RecordNotFound(entity: "activity", id: id.description) }
        return model
    }
}

extension ActivityLog {
    /// Whose postponement this is, to check the reviewer may see them; `nil` when there is none.
    public func ownerOfPostponement(_ id: Postponement.ID) async throws -> Person.ID? {
        try await PostponementModel.query(on: database)
            .filter(\.$organizationID == organizationID.rawValue).filter(\.$id == id.rawValue).first()
            .map { Person.ID($0.ownerID) }
    }
}
