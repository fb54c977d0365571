import Foundation
import SalesDomain
import Vapor

/// The period query parameters of the analyses, `from` and `to`, with defaults that show a
/// useful picture without any: the 13 weeks ending with the last ended week
/// (``WeekCalendar/defaultAnalysisWeeks(asOf:)``, shared by the execution and diagnosis pages
/// and their API), or the last 12 months.
enum AnalysisPeriod {
    /// ISO weeks, e.g. `from=2026-W01&to=2026-W13`, or days for the weeks holding them
    /// (`from=2026-01-02&to=2026-03-31`, what a page's date fields send); by default the 13 weeks
    /// ending with the last ended week. `defaultCount` weeks when `from` is left out.
    static func weeks(
        _ request: Request, calendar: WeekCalendar, defaultTo: ISOWeek? = nil, defaultCount: Int = WeekCalendar.defaultAnalysisWeekCount
    ) throws -> ClosedRange<ISOWeek> {
        let to = try parse(request, "to", week(named:), example: "2026-03-29") ?? defaultTo ?? calendar.lastEndedWeek(asOf: request.now)
        let from = try parse(request, "from", week(named:), example: "2026-01-05") ?? (0..<(defaultCount - 1)).reduce(to) { week, _ in week.previous }
        return try ordered(from, to, count: ISOWeek.all(in: min(from, to)...max(from, to)).count, limit: 106, unit: "weeks")
    }

    /// Calendar months, e.g. `from=2026-01&to=2026-06`; by default the `count` months ending
    /// with `defaultTo` (this month unless given).
    static func months(
        _ request: Request, calendar: WeekCalendar, defaultTo: CalendarMonth? = nil, count defaultCount: Int = 12
    ) throws -> ClosedRange<CalendarMonth> {
        let current = calendar.month(containing: request.now)
        let to = try parse(request, "to", CalendarMonth.init, example: "2026-06") ?? defaultTo ?? current
        let from = try parse(request, "from", CalendarMonth.init, example: "2026-01") ?? to.adding(months: -(defaultCount - 1))
        let count = (to.year - from.year) * 12 + to.month - from.month + 1
        return try ordered(from, to, count: count, limit: 120, unit: "months")
    }

    /// Reporting periods for the reasons analysis: weeks or months, as `granularity` says
    /// (months by default), bounded like ``weeks(_:calendar:)`` and ``months(_:calendar:)``.
    static func reportingPeriods(_ request: Request, calendar: WeekCalendar) throws -> ClosedRange<ReportingPeriod> {
        let granularity = try (try? request.query.get(String.self, at: "granularity")).map { text in
            guard let granularity = ReportingPeriod.Granularity(rawValue: text) else {
                throw APIError(.badRequest, code: "invalid_value", .granularityNotValid, ["value": text], field: "granularity")
            }
            return granularity
        } ?? .month
        switch granularity {
        case .week:
            let weeks = try weeks(request, calendar: calendar)
            return ReportingPeriod.week(weeks.lowerBound)...ReportingPeriod.week(weeks.upperBound)
        case .month:
            let months = try months(request, calendar: calendar)
            return ReportingPeriod.month(months.lowerBound)...ReportingPeriod.month(months.upperBound)
        }
    }

    private static func week(named text: String) -> ISOWeek? {
        ISOWeek(text) ?? CalendarDay(text)?.isoWeek
    }

    private static func parse<Value>(_ request: Request, _ field: String, _ make: (String) -> Value?, example: String) throws -> Value? {
        guard !request.askedPeriodIsSetAside, let text = try? request.query.get(String.self, at: field) else { return nil }
        guard let value = make(text) else {
            throw APIError(.badRequest, code: "invalid_value", .periodNotValid, ["value": text, "example": example], field: field)
        }
        return value
    }

    private static func ordered<Value: Comparable>(_ from: Value, _ to: Value, count: Int, limit: Int, unit: String) throws -> ClosedRange<Value> {
        guard from <= to else {
            throw APIError(.badRequest, code: "invalid_value", .periodReversed, field: "from")
        }
        guard count <= limit else {
            throw APIError(.badRequest, code: "invalid_value", .periodTooLong, ["maximum": String(limit), "unit": unit], field: "from")
        }
        return from...to
    }
}
