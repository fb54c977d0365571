import Foundation
import KeelStore
import SalesDomain
import Vapor

/// Hours per work category, with the shares (0–1) when any time was recorded.
struct AllocationResource: Content {
    var sellingMinutes: Int
    var supportingMinutes: Int
    var internalMinutes: Int
    var sellingShare: Double?
    var supportingShare: Double?
    var internalShare: Double?

    init(_ allocation: TimeAllocation) {
        sellingMinutes = allocation.sellingMinutes
        supportingMinutes = allocation.supportingMinutes
        internalMinutes = allocation.internalMinutes
        sellingShare = allocation.share(of: .selling)
        supportingShare = allocation.share(of: .supporting)
        internalShare = allocation.share(of: .internal)
    }
}

struct TimeAllocationResource: Content {
    struct Week: Content {
        var week: String
        /// Hours done in the week, all categories: what its shares rest on.
        var hours: Double
        /// The running week: its hours are those done so far.
        var inProgress: Bool
        var allocation: AllocationResource
    }

    var scope: String
    var from: String
    var to: String
    var total: AllocationResource
    var weeks: [Week]

    init(scope: AnalysisScope, weeks span: ClosedRange<ISOWeek>, report: TimeAllocationReport) {
        self.scope = scope.description
        from = span.lowerBound.description
        to = span.upperBound.description
        total = AllocationResource(report.total)
        weeks = report.weeks.map {
            Week(week: $0.week.description, hours: $0.hours, inProgress: $0.inProgress, allocation: AllocationResource($0.allocation))
        }
    }
}

struct RateResource: Content {
    var planned: Int
    var doneOnTime: Int
    var rate: Double?

    init(_ rate: ExecutionRate) {
        planned = rate.planned
        doneOnTime = rate.doneOnTime
        self.rate = rate.rate
    }
}

struct ExecutionRateResource: Content {
    struct TypeRate: Content {
        var activityType: String
        var rate: RateResource
    }

    var scope: String
    var from: String
    var to: String
    var overall: RateResource
    var byType: [TypeRate]

    init(scope: AnalysisScope, weeks span: ClosedRange<ISOWeek>, report: ExecutionRateReport) {
        self.scope = scope.description
        from = span.lowerBound.description
        to = span.upperBound.description
        overall = RateResource(report.overall)
        byType = report.byType.sorted { $0.key < $1.key }.map { TypeRate(activityType: $0.key.rawValue, rate: RateResource($0.value)) }
    }
}

struct PostponementRateResource: Content {
    var scheduled: Int
    var pushedOut: Int
    var rate: Double?

    init(_ rate: PostponementRate) {
        scheduled = rate.scheduled
        pushedOut = rate.pushedOut
        self.rate = rate.rate
    }
}

struct PressureResource: Content {
    struct Comparison: Content {
        var activityType: String
        var highLoad: PostponementRateResource
        var normal: PostponementRateResource
        /// High-load rate minus normal rate; `null` without enough data or without both rates.
        var difference: Double?
        /// Whether the counts reach ``minimum``.
        var enoughData: Bool
    }

    struct Minimum: Content {
        var weeks: Int
        var plannedActivities: Int
    }

    var scope: String
    var from: String
    var to: String
    var highLoadThreshold: Double
    var highLoadWeeks: Int
    var normalWeeks: Int
    var zeroCapacityWeeks: Int
    var minimum: Minimum
    var comparisons: [Comparison]

    init(scope: AnalysisScope, weeks span: ClosedRange<ISOWeek>, report: PressureReport, policy: PressurePolicy) {
        self.scope = scope.description
        from = span.lowerBound.description
        to = span.upperBound.description
        highLoadThreshold = policy.highLoadThreshold
        highLoadWeeks = report.highLoadWeeks
        normalWeeks = report.normalWeeks
        zeroCapacityWeeks = report.zeroCapacityWeeks
        minimum = Minimum(weeks: report.minimum.weeks, plannedActivities: report.minimum.plannedActivities)
        comparisons = report.comparisons.map {
            Comparison(
                activityType: $0.activityType.rawValue, highLoad: PostponementRateResource($0.highLoad),
                normal: PostponementRateResource($0.normal), difference: $0.shownDifference, enoughData: $0.hasEnoughData)
        }
    }
}

struct ReasonsResource: Content {
    struct PeriodCount: Content {
        var period: String
        var count: Int
    }

    struct Reason: Content {
        var reasonCode: String
        var name: String
        var reasonClass: String?
        var total: Int
        var people: Int?
        /// Whether the reason recurs for at least one person (`recurrence`).
        var recurring: Bool
        /// People for whom the reason recurs.
        var recurringPeople: Int
        var counts: [PeriodCount]
    }

    /// What recurs means here: given by one person in at least `minimumPeriods` of the
    /// `windowPeriods` periods `from`…`to`.
    struct Recurrence: Content {
        var windowPeriods: Int
        var minimumPeriods: Int
        var from: String?
        var to: String?
    }

    struct Review: Content {
        var postponements: Int
        var verifiedObstacles: Int
        var acceptedExcuses: Int
        var unreviewed: Int
        var verifiedObstacleShare: Double?
        var acceptedExcuseShare: Double?
    }

    var scope: String
    var from: String
    var to: String
    var reasons: [Reason]
    var recurrence: Recurrence
    var review: Review

    init(scope: AnalysisScope, periods: ClosedRange<ReportingPeriod>, report: ReasonReport, catalog: ReasonCatalog, language: Language) {
        self.scope = scope.description
        from = periods.lowerBound.description
        to = periods.upperBound.description
        reasons = report.reasons.map { frequency in
            Reason(
                reasonCode: frequency.reasonCode.rawValue,
                name: catalog.reason(for: frequency.reasonCode)?.name(in: language) ?? frequency.reasonCode.rawValue,
                reasonClass: frequency.reasonClass?.rawValue, total: frequency.total, people: frequency.people,
                recurring: frequency.isRecurring, recurringPeople: frequency.recurringPeople,
                counts: frequency.counts.map { PeriodCount(period: $0.period.description, count: $0.count) })
        }
        recurrence = Recurrence(
            windowPeriods: report.recurrence.windowPeriods, minimumPeriods: report.recurrence.minimumPeriods,
            from: report.recurrenceWindow?.lowerBound.description, to: report.recurrenceWindow?.upperBound.description)
        review = Review(
            postponements: report.review.postponements, verifiedObstacles: report.review.verifiedObstacles,
            acceptedExcuses: report.review.acceptedExcuses, unreviewed: report.review.unreviewed,
            verifiedObstacleShare: report.review.verifiedObstacleShare, acceptedExcuseShare: report.review.acceptedExcuseShare)
    }
}

struct StageVelocityResource: Content {
    struct Stage: Content {
        var stage: String
        var completedDeals: Int
        var currentDeals: Int
        var medianDays: Double?
        var percentile75Days: Double?
        var meanDays: Double?
        var entered: Int
        var advanced: Int
        var lostHere: Int
        var openHere: Int
        var conversionRate: Double?
    }

    var scope: String
    var from: String
    var to: String
    var stages: [Stage]

    init(scope: AnalysisScope, months: ClosedRange<CalendarMonth>, momentum: DealMomentum) {
        self.scope = scope.description
        from = months.lowerBound.description
        to = months.upperBound.description
        // The funnel the execution page draws: a stage the pipeline does not list counts its stays.
        stages = momentum.funnel.map { step in
            let time = step.time
            return Stage(
                stage: step.stage.rawValue, completedDeals: time.completedDeals, currentDeals: time.currentDeals,
                medianDays: time.medianDays, percentile75Days: time.percentile75Days, meanDays: time.meanDays,
                entered: step.reached, advanced: step.conversion?.advanced ?? 0, lostHere: step.conversion?.lostHere ?? 0,
                openHere: step.conversion?.openHere ?? time.currentDeals, conversionRate: step.conversion?.rate)
        }
    }
}

struct StalledDealsResource: Content {
    struct Stalled: Content {
        var dealID: UUID
        /// The deal's title, or its external id when the CRM gave no title.
        var name: String?
        var title: String?
        var externalID: String?
        var account: String?
        var ownerID: UUID
        var teamID: UUID?
        var stage: String
        var value: Decimal
        /// The organization's reporting currency, which `value` is in.
        var currency: String
        var enteredStageAt: Date
        var daysInStage: Int
        var thresholdDays: Double
        var basis: String
        var daysOver: Double
    }

    struct StageCount: Content {
        var stage: String
        var stalled: Int
    }

    var scope: String
    var asOf: Date
    /// Stalled deals in all stages; `stalled` is the page of them from `offset`.
    var total: Int
    var limit: Int
    var offset: Int
    var byStage: [StageCount]
    var stalled: [Stalled]
    var unjudged: Int

    init(scope: AnalysisScope, asOf: Date, window: ListWindow, overview: StallOverview, pipeline: DealPipeline, currency: ReportingCurrency) {
        self.scope = scope.description
        self.asOf = asOf
        total = overview.total
        limit = window.limit
        offset = overview.offset
        // Pipeline order, and stages no longer in the pipeline after it.
        byStage = overview.stalledByStage
            .sorted { (pipeline.position(of: $0.key) ?? .max, $0.key) < (pipeline.position(of: $1.key) ?? .max, $1.key) }
            .map { StageCount(stage: $0.key.rawValue, stalled: $0.value) }
        stalled = overview.page.map {
            let label = overview.labels[$0.dealID]
            return Stalled(
                dealID: $0.dealID.rawValue, name: label?.name, title: label?.title, externalID: label?.externalID, account: label?.accountName,
                ownerID: $0.ownerID.rawValue, teamID: $0.teamID?.rawValue, stage: $0.stage.rawValue,
                value: $0.value, currency: currency.code, enteredStageAt: $0.enteredStageAt, daysInStage: $0.daysInStage, thresholdDays: $0.thresholdDays,
                basis: $0.basis.rawValue, daysOver: $0.daysOver)
        }
        unjudged = overview.unjudged
    }
}

struct DealResultsResource: Content {
    var scope: String
    var from: String
    var to: String
    var won: Int
    var lost: Int
    var winRate: Double?
    var wonWithCycle: Int
    var wonCycleFromCreation: Int
    var medianCycleDays: Double?

    init(scope: AnalysisScope, months: ClosedRange<CalendarMonth>, results: DealResults) {
        self.scope = scope.description
        from = months.lowerBound.description
        to = months.upperBound.description
        won = results.won
        lost = results.lost
        winRate = results.winRate
        wonWithCycle = results.wonWithCycle
        wonCycleFromCreation = results.wonCycleFromCreation
        medianCycleDays = results.medianCycleDays
    }
}
