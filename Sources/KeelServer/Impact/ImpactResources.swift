import Foundation
import SalesDomain
import Vapor

/// What an intervention works on, with a name to show.
struct ImpactTargetResource: Content {
    var kind: String
    var reference: String
    var name: String

    init(_ target: Intervention.Target, names: [String: LocalizedText], language: Language) {
        switch target {
        case .competency(let id):
            kind = "competency"
            reference = id.description
        case .activityType(let type):
            kind = "activity_type"
            reference = type.rawValue
        }
        name = names[target.reference]?.text(in: language) ?? reference
    }
}

struct ImpactKPIResource: Content {
    var kind: String
    var family: String
    var activityTypes: [String]
    var stages: [String]

    init(_ kpi: ImpactKPI) {
        kind = kpi.kind.rawValue
        family = kpi.family.rawValue
        activityTypes = kpi.activityTypes.map(\.rawValue)
        stages = kpi.stages.map(\.rawValue)
    }
}

/// An effect with its 95 % interval, or what is missing for one, in its KPI's unit
/// (``ImpactKPI/unit``): for a rate 0.12 is twelve percentage points.
struct ImpactResultResource: Content {
    struct Missing: Content {
        var what: String
        var have: Int?
        var need: Int?
    }

    var status: String
    var effect: Double?
    var lower: Double?
    var upper: Double?
    var level: Double
    var missing: [Missing]

    init(_ result: ImpactEstimate.Result) {
        level = ImpactBootstrap.level
        switch result {
        case .estimate(let effect, let lower, let upper):
            status = "estimate"
            (self.effect, self.lower, self.upper) = (effect, lower, upper)
            missing = []
        case .notEnoughData(let shortfalls):
            status = "not_enough_data"
            missing = shortfalls.map { shortfall in
                switch shortfall {
                case .noKPI: Missing(what: "kpi")
                case .treatedSellers(let have, let need): Missing(what: "treated_sellers", have: have, need: need)
                case .comparisonSellers(let have, let need): Missing(what: "comparison_sellers", have: have, need: need)
                case .afterWindowNotOver(let have, let need): Missing(what: "weeks_after", have: have, need: need)
                }
            }
        }
    }
}

/// One estimate without its seller-weeks: a group on the tile and the list, or the head of one estimate.
struct ImpactSummaryResource: Content {
    var id: String
    var channel: String
    var target: ImpactTargetResource
    var kpi: ImpactKPIResource?
    var startWeek: String
    var weeks: Int
    var weeksAfterOver: Int
    var sellers: Int
    var treatedSellers: Int
    var comparisonSellers: Int
    var result: ImpactResultResource

    init(_ summary: ImpactSummary, names: [String: LocalizedText], language: Language) {
        id = summary.id
        channel = summary.channel.rawValue
        target = ImpactTargetResource(summary.target, names: names, language: language)
        kpi = summary.kpi.map(ImpactKPIResource.init)
        startWeek = summary.startWeek.description
        weeks = summary.weeks
        weeksAfterOver = summary.afterWeeksOver
        sellers = summary.sellerCount
        treatedSellers = summary.treatedCount
        comparisonSellers = summary.comparisonCount
        result = ImpactResultResource(summary.result)
    }
}

/// `GET /api/v1/impact`.
struct ImpactListResource: Content {
    struct InterventionResource: Content {
        var id: String
        var sellerID: String
        var sellerName: String
        var channel: String
        var target: ImpactTargetResource
        var startedAt: Date
    }

    var computedAt: Date?
    var groups: [ImpactSummaryResource]
    var interventions: [InterventionResource]
    var total: Int
    var offset: Int
    var limit: Int

    init(_ list: ImpactList, limit: Int, language: Language) {
        computedAt = list.computedAt
        total = list.total
        offset = list.offset
        self.limit = limit
        groups = list.groups.map { ImpactSummaryResource($0, names: list.targetNames, language: language) }
        interventions = list.interventions.map { entry in
            InterventionResource(
                id: entry.intervention.id, sellerID: entry.intervention.sellerID.description, sellerName: entry.sellerName,
                channel: entry.intervention.channel.rawValue,
                target: ImpactTargetResource(entry.intervention.target, names: list.targetNames, language: language),
                startedAt: entry.intervention.startedAt)
        }
    }
}

/// `GET /api/v1/impact/estimates/{id}`: the estimate, each counted seller's windows, and the
/// minimums and seed behind it.
struct ImpactEstimateResource: Content {
    struct SellerResource: Content {
        var sellerID: String?
        var valueBefore: Double
        var valueAfter: Double
        var change: Double
        var weeksBefore: Int
        var weeksAfter: Int
    }

    struct Minimums: Content {
        var treatedSellers: Int
        var comparisonSellers: Int
        var weeksWithData: Int
    }

    var estimate: ImpactSummaryResource
    var treated: [SellerResource]
    var comparison: [SellerResource]
    var treatedLeftOut: Int
    var comparisonLeftOut: Int
    var minimums: Minimums
    var seed: String
    var resamples: Int
    /// The same sellers, windows and comparison traced on the outcome KPIs (``ImpactKPI/outcomes``).
    var outcomes: [Outcome]

    struct Outcome: Content {
        var kpi: ImpactKPIResource?
        var result: ImpactResultResource
        var treatedSellers: Int
        var comparisonSellers: Int
        /// For won value, the reporting currency's code, which the effect and its interval are in.
        var currency: String?
    }

    init(_ screen: ImpactEstimateScreen, language: Language, currency: ReportingCurrency) {
        let export = screen.export
        let estimate = screen.estimate
        self.estimate = ImpactSummaryResource(export.estimate, names: screen.targetNames, language: language)
        let identified = Set(export.rows.map(\.seller))
        func seller(_ change: ImpactSellerChange) -> SellerResource {
            SellerResource(
                sellerID: identified.contains(change.sellerID.description) ? change.sellerID.description : nil, valueBefore: change.valueBefore,
                valueAfter: change.valueAfter, change: change.change, weeksBefore: change.before.count, weeksAfter: change.after.count)
        }
        treated = estimate.treated.map(seller)
        comparison = estimate.comparison.map(seller)
        treatedLeftOut = estimate.treatedLeftOut
        comparisonLeftOut = estimate.comparisonLeftOut
        minimums = Minimums(
            treatedSellers: estimate.minimums.treatedSellers, comparisonSellers: estimate.minimums.comparisonSellers,
            weeksWithData: estimate.minimums.weeksWithData)
        seed = String(export.seed)
        resamples = export.resamples
        outcomes = screen.outcomes.map {
            Outcome(kpi: $0.kpi.map(ImpactKPIResource.init), result: ImpactResultResource($0.result), treatedSellers: $0.treated.count,
                    comparisonSellers: $0.comparison.count, currency: $0.kpi?.kind == .wonValue ? currency.code : nil)
        }
    }
}

/// `GET /api/v1/impact/estimates/{id}/export` as JSON.
struct ImpactExportResource: Content {
    struct Row: Content {
        var group: String
        var seller: String
        var window: String
        var week: String
        var numerator: Double
        var denominator: Double
    }

    var estimate: ImpactSummaryResource
    var seed: String
    var resamples: Int
    var rows: [Row]

    init(_ export: ImpactExport, names: [String: LocalizedText], language: Language) {
        estimate = ImpactSummaryResource(export.estimate, names: names, language: language)
        seed = String(export.seed)
        resamples = export.resamples
        rows = export.rows.map {
            Row(group: $0.group.rawValue, seller: $0.seller, window: $0.window, week: $0.week.description, numerator: $0.numerator, denominator: $0.denominator)
        }
    }

    static let csvHeader = ["group", "seller", "window", "week", "numerator", "denominator"]

    static func csv(_ export: ImpactExport) -> String {
        var lines = [csvHeader.joined(separator: ",")]
        for row in export.rows {
            lines.append([row.group.rawValue, row.seller, row.window, row.week.description, "\(row.numerator)", "\(row.denominator)"].joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }
}

/// The start page's "what moved after coaching and practice" (`impact` in `GET /api/v1/where-to-act`).
struct ImpactTileResource: Content {
    var computedAt: Date?
    var behaviour: [ImpactSummaryResource]
    var outcome: [ImpactSummaryResource]

    init(_ tile: ImpactTile, language: Language) {
        computedAt = tile.computedAt
        behaviour = tile.behaviour.map { ImpactSummaryResource($0, names: tile.targetNames, language: language) }
        outcome = tile.outcome.map { ImpactSummaryResource($0, names: tile.targetNames, language: language) }
    }
}
