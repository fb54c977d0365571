import FluentKit
import FluentSQL
import Foundation
import SalesDomain
import SQLKit

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
        let total = try await countQuery(query).first()?.decode(column: "count", as: Int.self) ?? 0
        let events = try await Self.events(eventsQuery(query).limit(query.limit).offset(query.offset))
        return try await named(AuditLogReport(query: query, events: events, total: total, people: [:]))
    }

    /// A person's own record's history, newest first, for their page: the changes to it and the
    /// passwords set for it — not the sign-ins, exports and ratings the log also holds about them.
    public func history(of person: Person.ID, for policy: AccessPolicy, limit: Int = AuditQuery.pageSize) async throws -> AuditLogReport {
        guard policy.viewer.organizationID == organizationID, policy.has(.administerDirectory) else {
            throw AccessRefused(.forbidden, entity: "audit log")
        }
        let total = try await historyQuery(of: person, columns: [SQLAlias(SQLFunction("COUNT", args: SQLLiteral.all), as: SQLIdentifier("count"))])
            .first()?.decode(column: "count", as: Int.self) ?? 0
        let events = try await Self.events(historyQuery(of: person).orderBy("occurred_at", .descending).orderBy("id", .descending).limit(limit))
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
        try await Self.events(matchingQuery(AuditQuery(person: person), columns: [SQLLiteral.all]).orderBy("occurred_at").orderBy("id"))
    }

    // MARK: Reads, named so the query-plan tests hold the same SQL to its index

    /// The events matching `query`, newest first: an organization's through
    /// `audit_events_by_time`, a person's through `audit_events_by_subject` and
    /// `audit_events_by_entity` together, since events written before migration 014 name their
    /// person only as the record changed.
    func eventsQuery(_ query: AuditQuery) -> SQLSelectBuilder {
        matchingQuery(query, columns: [SQLLiteral.all]).orderBy("occurred_at", .descending).orderBy("id", .descending)
    }

    /// How many events match `query`, through the same index as ``eventsQuery(_:)``.
    func countQuery(_ query: AuditQuery) -> SQLSelectBuilder {
        matchingQuery(query, columns: [SQLAlias(SQLFunction("COUNT", args: SQLLiteral.all), as: SQLIdentifier("count"))])
    }

    private func matchingQuery(_ query: AuditQuery, columns: [any SQLExpression]) -> SQLSelectBuilder {
        let select = (database as! any SQLDatabase).select().columns(columns).from(AuditEventModel.schema)
        let organization = organizationID.rawValue
        if let person = query.person?.rawValue {
            // Each side of the OR names the organization too: only so can SQLite and PostgreSQL
            // serve either side from its own index; one organization filter outside the OR read
            // the whole organization's log instead.
            select.where { group in
                group.where { $0.where("organization_id", .equal, organization).where("subject_id", .equal, person) }
                    .orWhere { $0.where("organization_id", .equal, organization).where("entity_id", .equal, person) }
            }
        } else {
            select.where("organization_id", .equal, organization)
        }
        if let actor = query.actor { select.where("actor_id", .equal, actor.rawValue) }
        if let kind = query.kind { select.where("entity", .equal, kind.rawValue) }
        if let from = query.from { select.where("occurred_at", .greaterThanOrEqual, from) }
        if let before = query.before { select.where("occurred_at", .lessThan, before) }
        return select
    }

    /// A person's own record's events (changes to it, passwords set for it), through `audit_events_by_entity`.
    func historyQuery(of person: Person.ID, columns: [any SQLExpression] = [SQLLiteral.all]) -> SQLSelectBuilder {
        (database as! any SQLDatabase).select().columns(columns).from(AuditEventModel.schema)
            .where("organization_id", .equal, organizationID.rawValue).where("entity_id", .equal, person.rawValue)
            .where("entity", .in, [AuditKind.person.rawValue, AuditKind.password.rawValue])
    }

    private static func events(_ select: SQLSelectBuilder) async throws -> [AuditEvent] {
        try await select.all().map { try event($0.decode(fluentModel: AuditEventModel.self)) }
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
