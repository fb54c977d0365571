import FluentKit
import Foundation
import SalesDomain
import SQLKit

/// The six execution analyses for one group and period, read the way a dashboard needs them.
///
/// The weekly analyses (time allocation, execution rate, pressure, reasons) read only the
/// group's rollup rows (``ExecutionRollups``): their cost does not grow with the number of
/// activities. The deal analyses read the group's deals and stage history.
///
/// Authorization is the caller's: a scope handed in here is one the viewer may see.
public struct ExecutionAnalytics: OrganizationCalendarStore {
    public let database: any Database
    public let organizationID: Organization.ID
    public let calendar: WeekCalendar


    public init(database: any Database, organizationID: Organization.ID, calendar: WeekCalendar) {
        self.database = database
        self.organizationID = organizationID
        self.calendar = calendar
    }

    private var settings: OrganizationSettings { OrganizationSettings(database: database, organizationID: organizationID) }
    private var rollups: ExecutionRollups { ExecutionRollups(database: database, organizationID: organizationID, calendar: calendar) }

    /// The id a scope's rollup rows are stored under.
    func rollupID(of scope: AnalysisScope) -> UUID {
        switch scope {
        case .person(let id): id.rawValue
        case .team(let id): id.rawValue
        case .market(let id): id.rawValue
        case .organization: organizationID.rawValue
        }
    }

    public func timeAllocation(_ scope: AnalysisScope, weeks: ClosedRange<ISOWeek>, asOf: Date) async throws -> TimeAllocationReport {
        let rules = try await settings.workCategoryRules()
        return TimeAllocationReport(
            rollup: try await rollups.rollup(scope: rollupID(of: scope), weeks: weeks), rules: rules, weeks: weeks, asOf: asOf, calendar: calendar)
    }

    public func executionRate(_ scope: AnalysisScope, weeks: ClosedRange<ISOWeek>, asOf: Date) async throws -> ExecutionRateReport {
        ExecutionRateReport(rollup: try await rollups.rollup(scope: rollupID(of: scope), weeks: weeks), weeks: weeks, asOf: asOf, calendar: calendar)
    }

    public func pressure(_ scope: AnalysisScope, weeks: ClosedRange<ISOWeek>, asOf: Date) async throws -> PressureReport {
        PressureReport(rollup: try await rollups.rollup(scope: rollupID(of: scope), weeks: weeks), weeks: weeks, asOf: asOf, calendar: calendar)
    }

    /// Reasons over time. Distinct people per reason are counted for a person and a team
    /// (where "one seller's habit or something structural?" is asked); market- and
    /// organization-wide reports carry sums only. Recurrence is per person
    /// (``ReasonRecurrence``), so it reads the members' own rows over the recurrence window:
    /// at most six months of them, one query per 500 members.
    public func reasons(_ scope: AnalysisScope, periods: ClosedRange<ReportingPeriod>) async throws -> ReasonReport {
        let catalog = try await settings.reasonCatalog()
        let rows = try await rollups.reasonTallies(scope: rollupID(of: scope), periods: periods)
        var people: [ReasonCode: Int]?
        switch scope {
        case .person:
            people = Dictionary(rows.filter { $0.postponements > 0 }.map { ($0.reasonCode, 1) }, uniquingKeysWith: { first, _ in first })
        case .team:
            people = try await rollups.reasonGiverCounts(scope: rollupID(of: scope), periods: periods)
        case .market, .organization:
            people = nil
        }
        let recurrence = ReasonRecurrence.standard
        let window = recurrence.window(endingWith: periods.upperBound)
        let memberRows = try await rollups.reasonRows(scopes: try await members(of: scope).map(\.rawValue), periods: window)
        let memberTallies = memberRows.flatMap { member, tallies in
            tallies.values.map {
                ReasonTally(key: .init(personID: Person.ID(member), period: $0.period, reasonCode: $0.reasonCode), postponements: $0.postponements)
            }
        }
        return ReasonReport(
            rollup: rows, catalog: catalog, periods: periods, people: people, recurrence: recurrence, recurrenceWindow: window,
            recurringPeople: recurrence.recurringPeople(tallies: memberTallies, window: window))
    }

    /// Time in stage and conversion for deals whose first entry into a stage falls in `months`,
    /// from the scope's deal rollup summed over `months` by the database.
    public func momentum(_ scope: AnalysisScope, months: ClosedRange<CalendarMonth>?) async throws -> DealMomentum {
        let pipeline = try await settings.dealPipeline()
        let summed = try await rollups.momentumFacts(scope: rollupID(of: scope), months: months)
        return DealMomentum(
            pipeline: pipeline, timeInStage: summed.facts.timeInStage(pipeline: pipeline, months: nil, seen: summed.stagesWithStays),
            conversion: summed.facts.conversion(pipeline: pipeline, months: nil))
    }

    /// Win rate and median won cycle for deals closed in `months`, from the scope's deal rollup.
    public func dealResults(_ scope: AnalysisScope, closedIn months: ClosedRange<CalendarMonth>?) async throws -> DealResults {
        let facts = try await rollups.dealFacts(scopes: [rollupID(of: scope)], kinds: [.won, .lost, .wonCycle, .wonCycleFromCreation])[rollupID(of: scope)] ?? .empty
        return facts.results(closedIn: months)
    }

    // MARK: Members

    /// Everyone whose work counts in the scope now, active or not.
    ///
    /// Ids only, as plain rows: a market can hold thousands of people.
    func members(of scope: AnalysisScope) async throws -> [Person.ID] {
        struct Row: Decodable { var id: UUID }
        let query = sql.select().column("id").from(PersonModel.schema).where("organization_id", .equal, organizationID.rawValue)
        switch scope {
        case .person(let id):
            return [id]
        case .team(let id):
            let subtree = try await Directory(database: database, organizationID: organizationID).subtree(of: id)
            var members: [Person.ID] = []
            for teams in Array(subtree).chunked(into: 500) {
                members += try await sql.select().column("id").from(PersonModel.schema)
                    .where("organization_id", .equal, organizationID.rawValue).where("team_id", .in, teams.map(\.rawValue))
                    .all(decoding: Row.self).map { Person.ID($0.id) }
            }
            return members
        case .market(let id):
            return try await query.where("market_id", .equal, id.rawValue).all(decoding: Row.self).map { Person.ID($0.id) }
        case .organization:
            return try await query.all(decoding: Row.self).map { Person.ID($0.id) }
        }
    }

    /// How many people `scope` holds, counted by the database where it can.
    func memberCount(of scope: AnalysisScope) async throws -> Int {
        let query = sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "count").from(PersonModel.schema)
            .where("organization_id", .equal, organizationID.rawValue)
        switch scope {
        case .person, .team:
            return try await members(of: scope).count
        case .market(let id):
            return try await query.where("market_id", .equal, id.rawValue).first(decodingColumn: "count", as: Int.self) ?? 0
        case .organization:
            return try await query.first(decodingColumn: "count", as: Int.self) ?? 0
        }
    }

    var sql: any SQLDatabase { database as! any SQLDatabase }
}
