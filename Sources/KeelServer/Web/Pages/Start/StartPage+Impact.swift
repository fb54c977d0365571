import KeelCharts
import SalesDomain

extension StartPage {
    /// "What moved after coaching and practice": the groups the viewer may read ranked by effect,
    /// each with its interval and the sellers behind it, behaviour apart from outcome.
    static func impact(_ tile: ImpactTile, context: PageContext, numbers: ChartNumberFormat) -> Node {
        let text = context.text
        return section(.class("card"), .id("start-impact")) {
            h2 { text(.startImpactTitle) }
            h3 { text(.impactBehaviourTitle) }
            if tile.behaviour.isEmpty {
                p(.class("meta")) { tile.computedAt == nil ? text(.impactNotComputed) : text(.impactNoGroups) }
            } else {
                p(.class("meta"), .id("start-impact-measure")) { text(.startImpactMeasure, ["minimum": String(ImpactTile.cohortSize)]) }
                ol(.id("start-impact-behaviour")) {
                    for summary in tile.behaviour {
                        li(.class("impact-row")) {
                            a(.href("/impact/estimates/\(summary.id)")) { ImpactNames.intervention(summary, names: tile.targetNames, text: text) }
                            " (\(text.week(summary.startWeek))): "
                            // A group too small for its interval to judge by is not set in bold: it
                            // may rank first only because the viewer reads no larger group.
                            let result = ImpactNames.result(summary.result, currency: context.currency, numbers: numbers, text: text)
                            if summary.treatedCount >= ImpactTile.cohortSize, case .estimate = summary.result { strong { result } } else { result }
                            br()
                            span(.class("meta")) {
                                ImpactNames.basis(summary, text: text)
                                if let verdict = ImpactNames.verdict(summary, text: text) { " · " + verdict }
                            }
                        }
                    }
                }
            }
            h3 { text(.impactOutcomeTitle) }
            p(.class("meta")) { text(.impactOutcomeNotYet) }
            a(.href("/impact"), .id("start-open-impact")) { text(.startOpenImpact) }
        }
    }
}
