import FluentKit
import Foundation
import SalesDomain
import SQLKit

/// Coachable KPIs (SPEC §4) as the store answers them: one seller's report (``SellerKPIReport``)
/// computed from their activity rollup, their meetings and what followed them, their closed
/// deals, their targets and entered values; and the writes of targets and entered values.
/// Who may read or write is ``AccessPolicy``'s (`canReadKPIs`, `canSetKPITargets`,
/// `canEnterKPIs`), applied here once for the page and the API.
public struct KPIStore: OrganizationCalendarStore {
    static let targetTable = "kpi_targets"
    static let entryTable = "kpi_entries"

    public let database: any Database
    public let organizationID: Organization.ID
    public let calendar: WeekCalendar

    public init(database: any Database, organizationID: Organization.ID, calendar: WeekCalendar) {
        self.database = database
        self.organizationID = organizationID
        self.calendar = calendar
    }

    var sql: any SQLDatabase { database as! any SQLDatabase }
    var directory: Directory { Directory(database: database, organizationID: organizationID) }

    /// The seller's KPI report for the weeks before the week of `asOf`.
    public func report(of personID: Person.ID, for policy: AccessPolicy, asOf: Date) async throws -> SellerKPIReport {
        let person = try await readable(personID, for: policy)
        let weeks = SellerKPIReport.weeks(asOf: asOf, calendar: calendar)
        let range = calendar.dateRange(of: weeks)
        let rollup = try await ExecutionRollups(database: database, organizationID: organizationID, calendar: calendar)
            .rollup(scope: person.id.rawValue, weeks: weeks)
        var followUps: [Int: [ISOWeek: KPIFigure]] = [:]
        for hours in Set(KPICatalog.all.compactMap { kpi -> Int? in if case .followUpWithin(let hours) = kpi.measure { hours } else { nil } }) {
            let activities = try await meetingsAndFollowUps(of: person.id, in: range.lowerBound..<range.upperBound.addingTimeInterval(TimeInterval(hours) * 3600))
            followUps[hours] = MeetingFollowUps.weekly(activities, hours: hours, weeks: weeks, calendar: calendar)
        }
        let inputs = KPIWeekInputs(
            tallies: rollup.tallies.values, followUps: followUps, entries: try await entries(of: person.id, weeks: weeks),
            workCategories: try await OrganizationSettings(database: database, organizationID: organizationID).workCategoryRules())
        let targets = try await targets(of: person.id)
        let names = Dictionary(
            try await directory.people(ids: Set(targets.compactMap(\.setBy))).map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        return SellerKPIReport(
            person: person, weeks: weeks, inputs: inputs, targets: targets, deals: try await closedDeals(of: person.id, in: range),
            calendar: calendar, viewerSetsTargets: policy.canSetKPITargets(of: person), viewerEnters: policy.canEnterKPIs(of: person),
            names: names)
    }

    func readable(_ personID: Person.ID, for policy: AccessPolicy) async throws -> Person {
        guard let person = try await directory.person(personID), policy.canReadKPIs(of: person) else {
            throw AccessRefused(.notFound, entity: "person", field: "personID")
        }
        return person
    }

    func meetingsAndFollowUps(of person: Person.ID, in range: Range<Date>) async throws -> [Activity] {
        let types = ([ActivityType.meeting] + MeetingFollowUps.followUpTypes).map(\.rawValue)
        return try await ActivityModel.query(on: database)
            .filter(\.$organizationID == organizationID.rawValue).filter(\.$ownerID == person.rawValue)
            .filter(\.$type ~~ types).filter(\.$doneAt >= range.lowerBound).filter(\.$doneAt < range.upperBound)
            .all().map(\.domain)
    }

    func closedDeals(of person: Person.ID, in range: Range<Date>) async throws -> [Deal] {
        try await DealModel.query(on: database)
            .filter(\.$organizationID == organizationID.rawValue).filter(\.$ownerID == person.rawValue)
            .filter(\.$closedAt >= range.lowerBound).filter(\.$closedAt < range.upperBound)
            .all().map(\.domain)
    }

    func targets(of person: Person.ID) async throws -> [KPITarget] {
        try await sql.select().columns("*").from(Self.targetTable)
            .where("organization_id", .equal, organizationID.rawValue).where("person_id", .equal, person.rawValue)
            .all().map { row in
                KPITarget(
                    personID: person, kpiKey: try row.decode(column: "kpi_key", as: String.self),
                    value: try row.decode(column: "target", as: Double.self),
                    setBy: try row.decode(column: "set_by", as: UUID?.self).map(Person.ID.init),
                    setAt: try row.decode(column: "set_at", as: Date.self))
            }
    }

    /// Everything stored about the person's KPIs, for their export.
    static func stored(of person: Person.ID, database: any Database, organizationID: Organization.ID) async throws -> PersonExport.KPIs {
        let store = try await KPIStore.of(database: database, organizationID: organizationID)
        let entries = try await store.sql.select().columns("*").from(entryTable)
            .where("organization_id", .equal, organizationID.rawValue).where("person_id", .equal, person.rawValue)
            .orderBy("week").orderBy("kpi_key").all()
            .compactMap { row -> KPIEntry? in
                guard let week = ISOWeek(try row.decode(column: "week", as: String.self)) else { return nil }
                return KPIEntry(
                    personID: person, kpiKey: try row.decode(column: "kpi_key", as: String.self), week: week,
                    value: try row.decode(column: "value", as: Double.self),
                    enteredBy: try row.decode(column: "entered_by", as: UUID?.self).map(Person.ID.init),
                    enteredAt: try row.decode(column: "entered_at", as: Date.self))
            }
        return PersonExport.KPIs(targets: try await store.targets(of: person).sorted { $0.kpiKey < $1.kpiKey }, entries: entries)
    }

    func entries(of person: Person.ID, weeks: ClosedRange<ISOWeek>) async throws -> [String: [ISOWeek: Double]] {
        var entries: [String: [ISOWeek: Double]] = [:]
        let rows = try await sql.select().columns("kpi_key", "week", "value").from(Self.entryTable)
            .where("organization_id", .equal, organizationID.rawValue).where("person_id", .equal, person.rawValue)
            .where("week", .greaterThanOrEqual, weeks.lowerBound.description).where("week", .lessThanOrEqual, weeks.upperBound.description)
            .all()
        for row in rows {
            guard let week = ISOWeek(try row.decode(column: "week", as: String.self)) else { continue }
            entries[try row.decode(column: "kpi_key", as: String.self), default: [:]][week] = try row.decode(column: "value", as: Double.self)
        }
        return entries
    }
}
