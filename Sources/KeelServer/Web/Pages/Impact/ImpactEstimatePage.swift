import Foundation
import KeelCharts
import SalesDomain

/// One estimate: the effect with its interval (or what is missing), how it was computed, each
/// counted seller's change, and the seller-weeks behind it to download.
enum ImpactEstimatePage {
    static func render(_ screen: ImpactEstimateScreen, context: PageContext) -> Node {
        let text = context.text
        let numbers = ChartNumberFormat(languageTag: text.language.rawValue)
        let summary = screen.export.estimate
        let title = ImpactNames.intervention(summary, names: screen.targetNames, text: text)
        return Layout.page(title: title, context: context) {
            h1(.id("impact-estimate-title")) { title }
            p(.class("meta")) { text(.impactMethod) }
            section(.class("card"), .id("impact-estimate")) {
                p(.class("impact-effect")) { strong { ImpactNames.result(summary.result, currency: context.currency, numbers: numbers, text: text) } }
                if let verdict = ImpactNames.verdict(summary, text: text) { p { verdict } }
                p(.class("meta")) { text(.impactColumnStart) + ": " + text.week(summary.startWeek) + " · " + ImpactNames.basis(summary, text: text) }
                if screen.estimate.treatedLeftOut + screen.estimate.comparisonLeftOut > 0 {
                    p(.class("meta")) {
                        text(.impactLeftOut, [
                            "treated": String(screen.estimate.treatedLeftOut), "comparison": String(screen.estimate.comparisonLeftOut),
                            "weeks": String(screen.estimate.minimums.weeksWithData),
                        ])
                    }
                }
                p {
                    a(.href("/impact/estimates/\(screen.id)/export.csv"), .id("impact-export-csv")) { text(.impactExportCSV) }
                }
            }
            if !screen.outcomes.isEmpty { outcomes(screen.outcomes, numbers: numbers, context: context) }
            section(.id("impact-treated")) {
                h2 { text(.impactTreatedTitle) }
                div(.class("table-wrap")) {
                    table(.class("stacked")) {
                        thead {
                            tr {
                                th(.scope("col"), .class("num")) { "#" }
                                th(.scope("col"), .class("num")) { text(.impactColumnWeeks) }
                                th(.scope("col"), .class("num")) { text(.impactColumnBefore) }
                                th(.scope("col"), .class("num")) { text(.impactColumnAfter) }
                                th(.scope("col"), .class("num")) { text(.impactColumnChange) }
                            }
                        }
                        tbody {
                            for (index, change) in screen.estimate.treated.enumerated() {
                                tr {
                                    th(.scope("row"), .class("num")) { String(index + 1) }
                                    td(.class("num"), .data("label", text(.impactColumnWeeks))) { "\(change.before.count) + \(change.after.count)" }
                                    td(.class("num"), .data("label", text(.impactColumnBefore))) { numbers.percent(change.valueBefore) }
                                    td(.class("num"), .data("label", text(.impactColumnAfter))) { numbers.percent(change.valueAfter) }
                                    td(.class("num"), .data("label", text(.impactColumnChange))) { numbers.signedPoints(change.change, maximumFractionDigits: 1) }
                                }
                            }
                        }
                    }
                }
            }
            p { a(.href("/impact")) { text(.impactBack) } }
        }
    }

    /// The outcome traced on the same sellers, windows and comparison, under the behaviour's estimate.
    static func outcomes(_ outcomes: [ImpactEstimate], numbers: ChartNumberFormat, context: PageContext) -> Node {
        let text = context.text
        return section(.class("card"), .id("impact-outcomes")) {
            h2 { text(.impactOutcomesTitle) }
            p(.class("meta")) { text(.impactOutcomesNote) }
            for outcome in outcomes {
                let kpi = outcome.kpi ?? .winRate
                let (name, counted): (TextKey, TextKey) = switch kpi.kind {
                case .wonValue: (.impactOutcomeWonValue, .impactOutcomeCountedWonValue)
                case .cycleTime: (.impactOutcomeCycleTime, .impactOutcomeCountedCycleTime)
                case .stageConversion: (.impactOutcomeStageConversion, .impactOutcomeCountedStageConversion)
                case .winRate, .onTime: (.impactOutcomeWinRate, .impactOutcomeCounted)
                }
                let stages = kpi.stages.map(text.stage).joined(separator: ", ")
                p(.id("impact-outcome-\(kpi.kind.rawValue)")) {
                    strong {
                        text(name, ["stages": stages]) + ": "
                            + ImpactNames.result(outcome.result, unit: kpi.unit, currency: context.currency, numbers: numbers, text: text)
                    }
                    br()
                    if let verdict = ImpactNames.verdict(
                        outcome.result, treatedCount: outcome.treated.count, higherIsBetter: kpi.higherIsBetter, text: text) {
                        verdict
                        br()
                    }
                    span(.class("meta")) {
                        text(counted, ["treated": String(outcome.treated.count), "comparison": String(outcome.comparison.count)])
                    }
                }
            }
        }
    }
}
