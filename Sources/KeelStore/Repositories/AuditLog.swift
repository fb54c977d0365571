import FluentKit
import Foundation
import SalesDomain

/// Reads an organization's audit log. Nothing here changes or removes an event: the log is
/// written only by ``AuditTrail``, in the transaction of what it records.
public struct AuditLog: Sendable {
    public let database: any Database
    public let organizationID: Organization.ID

    public init(database: any Database, organizationID: Organization.ID) {
        self.database = database
        self.organizationID = organizationID
    }

    /// One window of the events matching `query`, for an admin of this organization
    /// (``AccessRefused`` for anyone else).
    public func report(_ query: AuditQuery, for policy: AccessPolicy) async throws -> AuditLogReport {
        guard policy.viewer.organizationID == organizationID, policy.has(.readAuditLog) else {
            throw AccessRefused(.forbidden, entity: "audit log")
        }
        let total = try await filtered(query).count()
        let events = try await filtered(query)
            .sort(\.$occurredAt, .descending).sort(\.$id, .descending)
            .range(query.offset..<(query.offset + query.limit)).all()
            .map(Self.event)
        return try await named(AuditLogReport(query: query, events: events, total: total, people: [:]))
    }

    /// A person's own record's history, newest first, for their page: the changes to it and the
    /// passwords set for it — not the sign-ins, exports and ratings the log also holds about them.
    public func history(of person: Person.ID, for policy: AccessPolicy, limit: Int = AuditQuery.pageSize) async throws -> AuditLogReport {
        guard policy.viewer.organizationID == organizationID, policy.has(.administerDirectory) else {
            throw AccessRefused(.forbidden, entity: "audit log")
        }
        let own = AuditEventModel.query(on: database).filter(\.$organizationID == organizationID.rawValue)
            .filter(\.$entityID == person.rawValue).filter(\.$entity ~~ [AuditKind.person.rawValue, AuditKind.password.rawValue])
        let total = try await own.copy().count()
        let events = try await own.sort(\.$occurredAt, .descending).sort(\.$id, .descending).limit(limit).all().map(Self.event)
        return try await named(AuditLogReport(query: AuditQuery(person: person, limit: limit), events: events, total: total, people: [:]))
    }

    /// The report with the names of everyone, every team and market its events and filters
    /// name, looked up now; one deleted since is left out.
    private func named(_ report: AuditLogReport) async throws -> AuditLogReport {
        let directory = Directory(database: database, organizationID: organizationID)
        let referenced = AuditNames.references(in: report.events)
        let named = Set(report.events.flatMap { [$0.actorID, $0.subjectID] }.compactMap { $0 }
            + [report.query.person, report.query.actor].compactMap { $0 }).union(referenced.people)
        let people = try await directory.people(ids: named)
        var names = AuditNames(people: Dictionary(uniqueKeysWithValues: people.map { ($0.id, $0.name) }))
        if !referenced.teams.isEmpty {
            names.teams = Dictionary(uniqueKeysWithValues: try await directory.teams().filter { referenced.teams.contains($0.id) }.map { ($0.id, $0.name) })
        }
        if !referenced.markets.isEmpty {
            names.markets = Dictionary(uniqueKeysWithValues: try await directory.markets().filter { referenced.markets.contains($0.id) }.map { ($0.id, $0) })
        }
        var report = report
        report.people = Dictionary(uniqueKeysWithValues: people.map { ($0.id, $0) })
        report.names = names
        return report
    }

    /// The most a CSV file holds; a longer log is exported in periods.
    public static let exportLimit = 100_000

    /// The events matching `query` as they leave Keel (a file, or a page of the API), recorded
    /// as an export in the log itself with the filters used and the number of rows.
    public func export(_ query: AuditQuery, for policy: AccessPolicy, format: String, at date: Date) async throws -> AuditLogReport {
        let report = try await report(query, for: policy)
        var filters: [String: AuditTrail.Change] = [
            "format": .init(old: nil, new: format), "rows": .init(old: nil, new: String(report.events.count)),
        ]
        if let person = query.person { filters["person"] = .init(old: nil, new: person.description) }
        if let actor = query.actor { filters["actor"] = .init(old: nil, new: actor.description) }
        if let kind = query.kind { filters["kind"] = .init(old: nil, new: kind.rawValue) }
        if let from = query.from { filters["from"] = .init(old: nil, new: from.formatted(.iso8601)) }
        if let before = query.before { filters["before"] = .init(old: nil, new: before.formatted(.iso8601)) }
        if query.offset > 0 { filters["offset"] = .init(old: nil, new: String(query.offset)) }
        try await AuditTrail.record(
            on: database, organizationID: organizationID, actor: policy.viewer.personID, entity: AuditKind.export.rawValue,
            entityID: organizationID.rawValue, action: "audit_log", changes: filters, at: date)
        return report
    }

    /// Every event that concerns `person`, oldest first, for their export.
    func events(concerning person: Person.ID) async throws -> [AuditEvent] {
        try await filtered(AuditQuery(person: person)).sort(\.$occurredAt).sort(\.$id).all().map(Self.event)
    }

    private func filtered(_ query: AuditQuery) -> QueryBuilder<AuditEventModel> {
        let builder = AuditEventModel.query(on: database).filter(\.$organizationID == organizationID.rawValue)
        if let person = query.person?.rawValue {
            // Events written before migration 014 name their person only as the record changed.
            builder.group(.or) { $0.filter(\.$subjectID == person).filter(\.$entityID == person) }
        }
        if let actor = query.actor { builder.filter(\.$actorID == actor.rawValue) }
        if let kind = query.kind { builder.filter(\.$entity == kind.rawValue) }
        if let from = query.from { builder.filter(\.$occurredAt >= from) }
        if let before = query.before { builder.filter(\.$occurredAt < before) }
        return builder
    }

    static func event(_ model: AuditEventModel) throws -> AuditEvent {
        let changes: [String: AuditEvent.Change]
        do {
            changes = try JSONDecoder().decode([String: AuditEvent.Change].self, from: Data(model.changes.utf8))
        } catch {
            throw CorruptRecord("audit event \(model.id?.uuidString ?? "?"): its changes are not a JSON object of old and new values")
        }
        return AuditEvent(
            id: .init(try model.requireID()), occurredAt: model.occurredAt, actorID: model.actorID.map(Person.ID.init), kind: model.entity,
            entityID: model.entityID, subjectID: model.subjectID.map(Person.ID.init) ?? (model.entity == "person" ? Person.ID(model.entityID) : nil),
            action: model.action, changes: changes)
    }
}
