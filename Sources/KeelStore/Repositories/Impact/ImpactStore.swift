import FluentKit
import Foundation
import SalesDomain
import SQLKit

/// Traced impact (SPEC §5) as the store answers it: the interventions (a union of sources), one
/// intervention's or group's estimate computed on demand from the per-person weekly execution
/// rollups, and the start page's tile read from estimates a periodic refresh keeps
/// (``refreshSummaries(asOf:)``). Every read takes the viewer's ``AccessPolicy``.
public struct ImpactStore: OrganizationCalendarStore {
    static let summaryTable = "impact_summaries"
    /// Who each kept estimate is about: one row per summary and seller.
    static let summarySellerTable = "impact_summary_sellers"

    public let database: any Database
    public let organizationID: Organization.ID
    public let calendar: WeekCalendar

    public init(database: any Database, organizationID: Organization.ID, calendar: WeekCalendar) {
        self.database = database
        self.organizationID = organizationID
        self.calendar = calendar
    }

    var directory: Directory { Directory(database: database, organizationID: organizationID) }
    var coaching: CoachingStore { CoachingStore(database: database, organizationID: organizationID, calendar: calendar) }
    var diagnosis: DiagnosisStore { DiagnosisStore(database: database, organizationID: organizationID, calendar: calendar) }
    var sql: any SQLDatabase { database as! any SQLDatabase }

    // MARK: Interventions

    /// Every intervention of the organization, or only those on `target` (what one estimate
    /// needs): the union of its sources, each one query.
    ///
    /// With `sellers`, only theirs: a manager's list reads their people's, not the organization's.
    func interventions(on target: Intervention.Target? = nil, of sellers: Set<Person.ID>? = nil) async throws -> [Intervention] {
        guard let sellers else { return try await coachingInterventions(on: target) + practiceInterventions(on: target) }
        var found: [Intervention] = []
        for chunk in sellers.map(\.rawValue).chunked(into: 500) {
            found += try await coachingInterventions(on: target, of: Array(chunk)) + practiceInterventions(on: target, of: Array(chunk))
        }
        return found
    }

    /// Each seller's first completed session per competency or coachable-KPI focus, one GROUP BY.
    func coachingInterventions(on target: Intervention.Target? = nil, of sellers: [UUID]? = nil) async throws -> [Intervention] {
        struct Row: Decodable {
            var seller_id: UUID
            var focus_kind: String
            var focus_reference: String
            var first: Date
        }
        let rows = try await coachingInterventionsQuery(on: target, of: sellers).all(decoding: Row.self)
        return rows.compactMap { row in
            guard let kind = CoachingFocus.Kind(rawValue: row.focus_kind), let focus = CoachingFocus(kind: kind, reference: row.focus_reference)
            else { return nil }
            let target: Intervention.Target
            switch focus {
            case .competency(let id): target = .competency(id)
            case .activityType(let type): target = .activityType(type)
            case .deal, .meeting: return nil
            }
            return Intervention(sellerID: Person.ID(row.seller_id), channel: .coaching, target: target, startedAt: row.first)
        }
    }

    /// Each seller's first practice repetition per competency, one GROUP BY: practice starts when
    /// the seller first does an item, not when a planner puts it in their plan — an item nobody
    /// did is no intervention.
    func practiceInterventions(on target: Intervention.Target? = nil, of sellers: [UUID]? = nil) async throws -> [Intervention] {
        struct Row: Decodable {
            var person_id: UUID
            var competency_id: UUID
            var first: Date
        }
        if case .activityType? = target { return [] }
        let rows = try await practiceInterventionsQuery(on: target, of: sellers).all(decoding: Row.self)
        return rows.map { row in
            .practice(sellerID: Person.ID(row.person_id), competency: Competency.ID(row.competency_id), startedAt: row.first)
        }
    }

    /// The statement behind ``coachingInterventions(on:of:)``, held to its indexes by
    /// `QueryPlanStoreTests` (migration 027).
    func coachingInterventionsQuery(on target: Intervention.Target?, of sellers: [UUID]?) -> SQLSelectBuilder {
        let kinds = [CoachingFocus.Kind.competency, .activityType].map(\.rawValue)
        let query = sql.select().column("seller_id").column("focus_kind").column("focus_reference")
            .column(SQLFunction("MIN", args: SQLColumn("scheduled_at")), as: "first")
            .from(CoachingSessionModel.schema)
            .where("organization_id", .equal, organizationID.rawValue)
            .where("status", .equal, CoachingSession.Status.completed.rawValue).where("focus_kind", .in, kinds)
        if let sellers { query.where("seller_id", .in, sellers) }
        if let target {
            let focus: CoachingFocus = switch target {
            case .competency(let id): .competency(id)
            case .activityType(let type): .activityType(type)
            }
            query.where("focus_kind", .equal, focus.kind.rawValue).where("focus_reference", .equal, focus.reference)
        }
        return query.groupBy("seller_id").groupBy("focus_kind").groupBy("focus_reference")
    }

    /// The statement behind ``practiceInterventions(on:of:)`` for a competency or every one.
    func practiceInterventionsQuery(on target: Intervention.Target?, of sellers: [UUID]?) -> SQLSelectBuilder {
        let query = sql.select().column("person_id").column("competency_id")
            .column(SQLFunction("MIN", args: SQLColumn("done_at")), as: "first")
            .from(PracticeRepModel.schema)
            .where("organization_id", .equal, organizationID.rawValue)
        if let sellers { query.where("person_id", .in, sellers) }
        if case .competency(let id)? = target { query.where("competency_id", .equal, id.rawValue) }
        return query.groupBy("person_id").groupBy("competency_id")
    }
}
