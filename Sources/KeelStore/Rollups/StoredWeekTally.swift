import Foundation
import SalesDomain
import SQLKit

/// Column names of the rollup tables and the conversion of their rows to domain values.
enum StoredWeekTally {
    static let weekCounters = [
        "planned", "done_by_planned_week", "scheduled", "scheduled_minutes", "moved_out", "dropped", "done", "done_minutes",
        "high_load_scheduled", "high_load_pushed_out", "normal_scheduled", "normal_pushed_out", "late_for_verified_obstacle",
    ]
    static let loadCounters = ["high_load_weeks", "normal_weeks", "zero_capacity_weeks"]
    static let reasonCounters = ["postponements", "dropped", "verified_obstacles", "accepted_excuses"]
    static let reasonOccurrenceKey = ["granularity", "period", "reason_code", "previous_period"]

    /// The values of ``reasonOccurrenceKey``; a first occurrence's previous period is "".
    static func key(of occurrence: ReasonOccurrence) -> [String] {
        [occurrence.period.granularity.rawValue, occurrence.period.description, occurrence.reasonCode.rawValue,
         occurrence.previousPeriod?.description ?? ""]
    }

    static func counters(of tally: ScopeWeekTally) -> [Int] {
        [
            tally.plannedActivities, tally.doneByPlannedWeek, tally.scheduledActivities, tally.scheduledMinutes,
            tally.movedOut, tally.dropped, tally.doneActivities, tally.doneMinutes,
            tally.highLoad.scheduled, tally.highLoad.pushedOut, tally.normal.scheduled, tally.normal.pushedOut,
            tally.lateForVerifiedObstacle,
        ]
    }

    struct Scoped<Value> {
        var scope: UUID
        var value: Value
    }

    static func tally(from row: any SQLRow) throws -> Scoped<ScopeWeekTally> {
        let weekText = try row.decode(column: "week", as: String.self)
        guard let week = ISOWeek(weekText) else { throw CorruptRecord("week \(weekText) in \(ExecutionRollups.weekTable)") }
        let counts = try weekCounters.map { try row.decode(column: $0, as: Int.self) }
        let tally = ScopeWeekTally(
            key: .init(week: week, activityType: ActivityType(rawValue: try row.decode(column: "activity_type", as: String.self))),
            plannedActivities: counts[0], doneByPlannedWeek: counts[1], scheduledActivities: counts[2], scheduledMinutes: counts[3],
            movedOut: counts[4], dropped: counts[5], doneActivities: counts[6], doneMinutes: counts[7],
            lateForVerifiedObstacle: counts[12], highLoad: PostponementRate(scheduled: counts[8], pushedOut: counts[9]),
            normal: PostponementRate(scheduled: counts[10], pushedOut: counts[11]))
        return Scoped(scope: try row.decode(column: "scope_id", as: UUID.self), value: tally)
    }

    static func load(from row: any SQLRow) throws -> Scoped<LoadWeekCount> {
        let weekText = try row.decode(column: "week", as: String.self)
        guard let week = ISOWeek(weekText) else { throw CorruptRecord("week \(weekText) in \(ExecutionRollups.loadTable)") }
        let counts = try loadCounters.map { try row.decode(column: $0, as: Int.self) }
        return Scoped(
            scope: try row.decode(column: "scope_id", as: UUID.self),
            value: LoadWeekCount(week: week, highLoadWeeks: counts[0], normalWeeks: counts[1], zeroCapacityWeeks: counts[2]))
    }

    static func reason(from row: any SQLRow) throws -> Scoped<ScopeReasonTally> {
        let periodText = try row.decode(column: "period", as: String.self)
        guard let period = ReportingPeriod(periodText) else { throw CorruptRecord("period \(periodText) in \(ExecutionRollups.reasonTable)") }
        let counts = try reasonCounters.map { try row.decode(column: $0, as: Int.self) }
        return Scoped(
            scope: try row.decode(column: "scope_id", as: UUID.self),
            value: ScopeReasonTally(
                key: .init(period: period, reasonCode: ReasonCode(rawValue: try row.decode(column: "reason_code", as: String.self))),
                postponements: counts[0], dropped: counts[1], verifiedObstacles: counts[2], acceptedExcuses: counts[3]))
    }

    static func reasonOccurrence(from row: any SQLRow) throws -> Scoped<(occurrence: ReasonOccurrence, count: Int)> {
        func period(_ column: String) throws -> ReportingPeriod? {
            let text = try row.decode(column: column, as: String.self)
            if text.isEmpty { return nil }
            guard let period = ReportingPeriod(text) else { throw CorruptRecord("\(column) \(text) in \(ExecutionRollups.reasonOccurrenceTable)") }
            return period
        }
        guard let current = try period("period") else { throw CorruptRecord("an empty period in \(ExecutionRollups.reasonOccurrenceTable)") }
        let previous = try period("previous_period")
        if let previous, !(previous < current && previous.granularity == current.granularity) {
            throw CorruptRecord("previous period \(previous) of \(current) in \(ExecutionRollups.reasonOccurrenceTable)")
        }
        let occurrence = ReasonOccurrence(
            reasonCode: ReasonCode(rawValue: try row.decode(column: "reason_code", as: String.self)), period: current,
            previousPeriod: previous)
        return Scoped(scope: try row.decode(column: "scope_id", as: UUID.self), value: (occurrence, try row.decode(column: "count", as: Int.self)))
    }

    static func dealFact(from row: any SQLRow) throws -> Scoped<(key: DealFactKey, count: Int)> {
        let kindText = try row.decode(column: "kind", as: String.self)
        guard let kind = DealFactKey.Kind(rawValue: kindText) else { throw CorruptRecord("kind \(kindText) in \(ExecutionRollups.dealTable)") }
        let stage = try row.decode(column: "stage", as: String.self)
        let monthText = try row.decode(column: "month", as: String.self)
        var month: CalendarMonth?
        if !monthText.isEmpty {
            guard let parsed = CalendarMonth(monthText) else { throw CorruptRecord("month \(monthText) in \(ExecutionRollups.dealTable)") }
            month = parsed
        }
        let days = try row.decode(column: "days", as: Int.self)
        let key = DealFactKey(kind, stage: stage.isEmpty ? nil : DealStage(stage), month: month, days: days < 0 ? nil : days)
        return Scoped(scope: try row.decode(column: "scope_id", as: UUID.self), value: (key, try row.decode(column: "count", as: Int.self)))
    }
}
