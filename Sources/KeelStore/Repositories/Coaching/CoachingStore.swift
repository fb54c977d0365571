import FluentKit
import FluentSQL
import Foundation
import SalesDomain
import SQLKit

/// Coaching (SPEC §4) as the store keeps it: sessions planned, completed or cancelled, the next
/// steps agreed in them and how later sessions followed them up, each organization's agendas.
/// Every read and write takes the viewer's ``AccessPolicy``; the rules are the domain's
/// (``SessionPlan``, ``SessionCompletion``, ``AccessPolicy/canCoach(_:)``), applied here once
/// for the pages and the API alike.
public struct CoachingStore: OrganizationCalendarStore {
    public let database: any Database
    public let organizationID: Organization.ID
    public let calendar: WeekCalendar
    /// Where wide screens are kept; without it every screen is decided live.
    public var kept: KeptScreens?

    public init(database: any Database, organizationID: Organization.ID, calendar: WeekCalendar) {
        self.database = database
        self.organizationID = organizationID
        self.calendar = calendar
    }

    public init(database: any Database, organizationID: Organization.ID, calendar: WeekCalendar, kept: KeptScreens?) {
        self.init(database: database, organizationID: organizationID, calendar: calendar)
        self.kept = kept
    }


    var directory: Directory { Directory(database: database, organizationID: organizationID) }
    var settings: OrganizationSettings { OrganizationSettings(database: database, organizationID: organizationID) }
    var competence: CompetenceStore { CompetenceStore(database: database, organizationID: organizationID) }
    var diagnosis: DiagnosisStore { DiagnosisStore(database: database, organizationID: organizationID, calendar: calendar) }
    var sql: any SQLDatabase { database as! any SQLDatabase }

    // MARK: Reading

    func sessionModel(_ id: CoachingSession.ID) async throws -> CoachingSessionModel? {
        try await CoachingSessionModel.query(on: database)
            .filter(\.$organizationID == organizationID.rawValue).filter(\.$id == id.rawValue).first()
    }

    /// The session and its seller, when the viewer may read the seller's coaching; otherwise
    /// not found, as if it did not exist.
    func readable(_ id: CoachingSession.ID, for policy: AccessPolicy) async throws -> (session: CoachingSession, seller: Person) {
        guard let model = try await sessionModel(id), let seller = try await directory.person(.init(model.sellerID)),
              policy.canReadCoaching(of: seller)
        else { throw AccessRefused(.notFound, entity: "coaching session", field: "sessionID") }
        return (try model.domain(), seller)
    }

    /// The sessions of these sellers from `start` on (all when `nil`), oldest first.
    func sessions(of sellers: some Collection<Person.ID>, from start: Date? = nil) async throws -> [CoachingSession] {
        var sessions: [CoachingSession] = []
        for chunk in Array(sellers).chunked(into: 500) {
            sessions += try await sessionsQuery(of: chunk.map(\.rawValue), from: start).all()
                .map { try $0.decode(model: CoachingSessionRow.self).domain() }
        }
        return sessions.oldestFirst()
    }

    /// The statement behind ``sessions(of:from:)``. It has no ORDER BY on purpose: ordered by
    /// time, SQLite reads the whole organization's sessions through `coaching_sessions_by_time`
    /// (150 ms for a team of nine at 250,000 sessions) instead of each seller's through their index.
    func sessionsQuery(of sellers: [UUID], from start: Date?) -> SQLSelectBuilder {
        let query = sql.select().column(SQLLiteral.all).from(CoachingSessionModel.schema)
            .where("organization_id", .equal, organizationID.rawValue).where("seller_id", .in, sellers)
        if let start { query.where("scheduled_at", .greaterThanOrEqual, start) }
        return query
    }

    /// The moment of each seller's last completed session up to `asOf`, one GROUP BY.
    func lastCompleted(of sellers: [Person.ID], asOf: Date) async throws -> [Person.ID: Date] {
        struct Row: Decodable {
            var seller_id: UUID
            var last: Date
        }
        var last: [Person.ID: Date] = [:]
        for chunk in sellers.chunked(into: 500) {
            let rows = try await sql.select().column("seller_id").column(SQLFunction("MAX", args: SQLColumn("scheduled_at")), as: "last")
                .from(CoachingSessionModel.schema)
                .where("organization_id", .equal, organizationID.rawValue).where("seller_id", .in, chunk.map(\.rawValue))
                .where("status", .equal, CoachingSession.Status.completed.rawValue).where("scheduled_at", .lessThanOrEqual, asOf)
                .groupBy("seller_id").all(decoding: Row.self)
            for row in rows { last[Person.ID(row.seller_id)] = row.last }
        }
        return last
    }

    /// These sellers' next steps: every open one, and closed ones due on or after `dueFrom`.
    func items(of sellers: some Collection<Person.ID>, closedDueFrom dueFrom: CalendarDay? = nil) async throws -> [ActionItem] {
        var items: [ActionItem] = []
        let open = ActionItem.Status.open.rawValue
        for chunk in Array(sellers).chunked(into: 500) {
            let query = sql.select().column(SQLLiteral.all).from(ActionItemModel.schema)
                .where("organization_id", .equal, organizationID.rawValue).where("seller_id", .in, chunk.map(\.rawValue))
            if let dueFrom {
                query.where(group: { $0.where("status", .equal, open).orWhere("due", .greaterThanOrEqual, dueFrom.description) })
            } else {
                query.where("status", .equal, open)
            }
            items += try await query.orderBy("due").orderBy("id").all(decoding: ActionItemRow.self).map { try $0.domain() }
        }
        return items
    }

    /// A seller's sessions as the viewer may read them, newest first.
    public func sessions(of seller: Person.ID, for policy: AccessPolicy) async throws -> [CoachingSession] {
        guard let person = try await directory.person(seller), policy.canReadCoaching(of: person) else {
            throw AccessRefused(.notFound, entity: "person", field: "seller")
        }
        return try await sessions(of: [seller]).reversed().map(policy.visible)
    }

    /// A seller's open next steps (their commitments and their coach's for them), soonest due first.
    public func openItems(of seller: Person.ID, for policy: AccessPolicy) async throws -> [ActionItem] {
        guard let person = try await directory.person(seller), policy.canReadCoaching(of: person) else {
            throw AccessRefused(.notFound, entity: "person", field: "seller")
        }
        return try await items(of: [seller])
    }

    // MARK: Agendas

    /// The organization's agenda for the type, else Keel's.
    public func agenda(for type: CoachingSessionType) async throws -> AgendaTemplate {
        guard let stored = try await agendaModel(type) else { return .standard(for: type) }
        do {
            return AgendaTemplate(type: type, items: try JSONDecoder().decode([LocalizedText].self, from: Data(stored.items.utf8)))
        } catch {
            throw CorruptRecord("agenda template \(type.rawValue): \(error)")
        }
    }

    public func agendas() async throws -> [AgendaTemplate] {
        var agendas: [AgendaTemplate] = []
        for type in CoachingSessionType.allCases { agendas.append(try await agenda(for: type)) }
        return agendas
    }

    /// Saves an organization's own agenda for one type after checking it; audited.
    public func saveAgenda(_ template: AgendaTemplate, actor: Person.ID?, at date: Date) async throws -> AgendaTemplate {
        let template = try template.validated()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let text = String(decoding: try encoder.encode(template.items), as: UTF8.self)
        let organizationID = organizationID
        let existing = try await agendaModel(template.type)
        try await database.writeTransaction { database in
            let model = existing ?? AgendaTemplateModel()
            let old = existing?.items
            model.organizationID = organizationID.rawValue
            model.type = template.type.rawValue
            model.items = text
            model.updatedBy = actor?.rawValue
            model.updatedAt = date
            try await model.save(on: database)
            try await AuditTrail.record(
                on: database, organizationID: organizationID, actor: actor, entity: "coaching_agenda", entityID: model.id!,
                action: old == nil ? "create" : "update", changes: [template.type.rawValue: .init(old: old, new: text)], at: date)
        }
        return template
    }

    private func agendaModel(_ type: CoachingSessionType) async throws -> AgendaTemplateModel? {
        try await AgendaTemplateModel.query(on: database)
            .filter(\.$organizationID == organizationID.rawValue).filter(\.$type == type.rawValue).first()
    }
}

extension CoachingStore {
    /// Every problem with the cadence policy and the agendas (an agenda's at
    /// `agenda.<type>.<field>`), found without saving.
    public static func settingsProblems(_ policy: CadencePolicy, agendas: [AgendaTemplate]) -> [FieldError] {
        var problems: [FieldError] = []
        do { _ = try policy.validated() } catch { problems += error.errors }
        for agenda in agendas {
            do { _ = try agenda.validated() } catch {
                problems += error.errors.map { problem in
                    var problem = problem
                    problem.field = "agenda.\(agenda.type.rawValue).\(problem.field)"
                    return problem
                }
            }
        }
        return problems
    }

    /// The settings page's one save: the cadence policy and every agenda, all checked before any
    /// is stored, and stored together.
    public func saveSettings(_ policy: CadencePolicy, agendas: [AgendaTemplate], actor: Person.ID?, at date: Date) async throws {
        let problems = Self.settingsProblems(policy, agendas: agendas)
        if !problems.isEmpty { throw FieldErrors(problems) }
        let organizationID = organizationID
        let calendar = calendar
        var current: [AgendaTemplate] = []
        for agenda in agendas { current.append(try await self.agenda(for: agenda.type)) }
        let stored = current
        try await database.writeTransaction { database in
            try await OrganizationSettings(database: database, organizationID: organizationID).setCadencePolicy(policy, by: actor, at: date)
            let store = CoachingStore(database: database, organizationID: organizationID, calendar: calendar)
            for (agenda, old) in zip(agendas, stored) where agenda != old {
                _ = try await store.saveAgenda(agenda, actor: actor, at: date)
            }
        }
    }
}
