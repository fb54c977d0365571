import Foundation
import SalesDomain
import Vapor

/// `GET /api/v1/people/{personID}/kpis`: the report the KPI page shows, with names and
/// figures' bases, each figure as its numerator and denominator so a client can sum weeks.
struct SellerKPIsResource: Content {
    struct Weeks: Content {
        var from: String
        var to: String
        init(_ weeks: ClosedRange<ISOWeek>) {
            from = weeks.lowerBound.description
            to = weeks.upperBound.description
        }
    }

    struct Figure: Content {
        var value: Double?
        var numerator: Double
        var denominator: Double
        init(_ figure: KPIFigure) {
            value = figure.value
            numerator = figure.numerator
            denominator = figure.denominator
        }
    }

    struct WeekFigure: Content {
        var week: String
        var value: Double?
        var numerator: Double
        var denominator: Double
    }

    struct Target: Content {
        var value: Double
        var isDefault: Bool
        var setBy: UUID?
        var setByName: String?
        var setAt: Date?
    }

    struct Behaviour: Content {
        var key: String
        var name: String
        var measure: String
        var isShare: Bool
        var entered: Bool
        var direction: String
        var target: Target
        var recent: Figure
        var before: Figure
        var basis: String?
        var status: String
        var weekly: [WeekFigure]
    }

    struct OutcomeWeek: Content {
        var week: String
        var won: Int
        var lost: Int
        var wonValue: Double
    }

    struct Outcomes: Content {
        var won: Int
        var lost: Int
        var wonValue: Double
        var winRate: Double?
        var medianCycleDays: Double?
        var wonWithCycle: Int
        var wonCycleFromCreation: Int
        init(_ outcomes: OutcomeKPIs) {
            won = outcomes.results.won
            lost = outcomes.results.lost
            wonValue = NSDecimalNumber(decimal: outcomes.wonValue).doubleValue
            winRate = outcomes.results.winRate
            medianCycleDays = outcomes.results.medianCycleDays
            wonWithCycle = outcomes.results.wonWithCycle
            wonCycleFromCreation = outcomes.results.wonCycleFromCreation
        }
    }

    var personID: UUID
    var personName: String
    var weeks: Weeks
    var recentWeeks: Weeks
    var beforeWeeks: Weeks
    var behaviours: [Behaviour]
    var outcomes: Outcomes
    var recentOutcomes: Outcomes
    var outcomesWeekly: [OutcomeWeek]
    /// The organization's reporting currency, which every `wonValue` is in.
    var currency: String
    var viewerSetsTargets: Bool
    var viewerEnters: Bool

    init(_ report: SellerKPIReport, words: KPIWords, currency: ReportingCurrency) {
        personID = report.person.id.rawValue
        personName = report.person.name
        weeks = Weeks(report.weeks)
        recentWeeks = Weeks(report.recentWeeks)
        beforeWeeks = Weeks(report.beforeWeeks)
        behaviours = report.behaviours.map { row in
            Behaviour(
                key: row.kpi.key, name: words.name(row.kpi), measure: Self.measure(row.kpi.measure), isShare: row.kpi.measure.isShare,
                entered: row.kpi.measure.isEntered, direction: row.kpi.direction.rawValue,
                target: Target(
                    value: row.target, isDefault: row.ownTarget == nil, setBy: row.ownTarget?.setBy?.rawValue,
                    setByName: row.ownTarget?.setBy.flatMap { report.names[$0] }, setAt: row.ownTarget?.setAt),
                recent: Figure(row.recent), before: Figure(row.before),
                basis: row.recent.denominator > 0 ? words.basis(row.kpi, row.recent) : nil, status: row.status.rawValue,
                weekly: row.weekly.map {
                    WeekFigure(week: $0.week.description, value: $0.figure.value, numerator: $0.figure.numerator, denominator: $0.figure.denominator)
                })
        }
        outcomes = Outcomes(report.outcomes)
        recentOutcomes = Outcomes(report.recentOutcomes)
        outcomesWeekly = report.outcomes.weekly.map {
            OutcomeWeek(week: $0.week.description, won: $0.won, lost: $0.lost, wonValue: NSDecimalNumber(decimal: $0.wonValue).doubleValue)
        }
        self.currency = currency.code
        viewerSetsTargets = report.viewerSetsTargets
        viewerEnters = report.viewerEnters
    }

    static func measure(_ measure: KPIMeasure) -> String {
        switch measure {
        case .donePerWeek: "done_per_week"
        case .onTime: "on_time"
        case .minutesPer: "minutes_per"
        case .sellingTimeShare: "selling_time_share"
        case .followUpWithin: "follow_up_within"
        case .entered: "entered"
        }
    }
}
