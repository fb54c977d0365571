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
                ol(.id("start-impact-behaviour")) {
                    for summary in tile.behaviour {
                        li(.class("impact-row")) {
                            a(.href("/impact/estimates/\(summary.id)")) { ImpactNames.intervention(summary, names: tile.targetNames, text: text) }
                            " (\(text.week(summary.startWeek))): "
                            strong { ImpactNames.result(summary.result, currency: context.currency, numbers: numbers, text: text) }
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
