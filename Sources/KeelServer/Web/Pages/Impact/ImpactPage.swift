import Foundation
import KeelCharts
import SalesDomain

/// The impact page (SPEC §5): what moved after coaching and practice — each intervention group's
/// effect with its 95 % interval and the sellers and weeks behind it, or honestly *not enough
/// data*; and each seller's own interventions, each one click from its estimate.
enum ImpactPage {
    struct Model: Sendable {
        var list: ImpactList
        /// How many interventions a page holds, for the links to the next and previous page.
        var limit: Int = ImpactListQuery.pageSize
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        let numbers = ChartNumberFormat(languageTag: text.language.rawValue)
        let list = model.list
        return Layout.page(title: text(.impactTitle), context: context) {
            h1(.id("impact-title")) { text(.impactTitle) }
            p(.class("meta")) { text(.impactIntro) }
            p(.class("meta"), .id("impact-method")) { text(.impactMethod) }
            p(.class("meta"), .id("impact-many")) { text(.impactManyEstimates, ["minimum": String(ImpactTile.cohortSize)]) }
            p(.class("meta"), .id("impact-computed")) {
                if let computed = list.computedAt {
                    text(.impactComputedAt, ["date": FormDate.string(computed, in: context.calendar)])
                } else {
                    text(.impactNotComputed)
                }
            }
            groups(list.groups.filter { $0.family == .behaviour }, id: "impact-behaviour", title: text(.impactBehaviourTitle), names: list.targetNames,
                   hasInterventions: list.total > 0,
                   context: context, numbers: numbers)
            section(.id("impact-outcome")) {
                h2 { text(.impactOutcomeTitle) }
                p(.class("meta")) { text(.impactOutcomeNotYet) }
            }
            interventions(list, limit: model.limit, context: context)
        }
    }

    static func groups(
        _ groups: [ImpactSummary], id: String, title: String, names: [String: LocalizedText], hasInterventions: Bool = false, context: PageContext,
        numbers: ChartNumberFormat
    ) -> Node {
        let text = context.text
        return section(.id(id)) {
            h2 { title }
            if groups.isEmpty {
                p(.class("notice")) { text(hasInterventions ? .impactNoGroupsOnlyOwn : .impactNoGroups) }
            } else {
                div(.class("table-wrap sticky-first")) {
                    table(.class("stacked")) {
                        thead {
                            tr {
                                th(.scope("col")) { text(.impactColumnIntervention) }
                                th(.scope("col")) { text(.impactColumnStart) }
                                th(.scope("col")) { text(.impactColumnEffect) }
                                th(.scope("col")) { text(.impactColumnBasis) }
                            }
                        }
                        tbody {
                            for group in groups {
                                tr(.id("impact-group-\(group.id.map { $0.isLetter || $0.isNumber ? $0 : "-" }.map(String.init).joined())")) {
                                    th(.scope("row")) {
                                        a(.href("/impact/estimates/\(group.id)")) { ImpactNames.intervention(group, names: names, text: text) }
                                    }
                                    td(.class("nowrap"), .data("label", text(.impactColumnStart))) { text.week(group.startWeek) }
                                    td(.class("impact-effect"), .data("label", text(.impactColumnEffect))) {
                                        ImpactNames.result(group.result, currency: context.currency, numbers: numbers, text: text)
                                        if let verdict = ImpactNames.verdict(group, text: text) { br(); span(.class("meta")) { verdict } }
                                    }
                                    td(.data("label", text(.impactColumnBasis))) { ImpactNames.basis(group, text: text) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    static func interventions(_ list: ImpactList, limit: Int, context: PageContext) -> Node {
        let text = context.text
        let numbers = ChartNumberFormat(languageTag: text.language.rawValue)
        return section(.id("impact-interventions")) {
            h2 { text(.impactInterventionsTitle) }
            p(.class("meta")) { text(.impactInterventionsCaption) }
            if !list.interventions.isEmpty {
                p(.id("impact-interventions-range")) {
                    text(.impactInterventionsRange, [
                        "first": numbers.number(Double(list.offset + 1), maximumFractionDigits: 0),
                        "last": numbers.number(Double(list.offset + list.interventions.count), maximumFractionDigits: 0),
                        "total": numbers.number(Double(list.total), maximumFractionDigits: 0),
                    ])
                }
            }
            if list.interventions.isEmpty {
                p(.class("notice")) { text(.impactNoInterventions) }
            } else {
                div(.class("table-wrap sticky-first")) {
                    table(.class("stacked")) {
                        thead {
                            tr {
                                th(.scope("col")) { text(.impactColumnSeller) }
                                th(.scope("col")) { text(.impactColumnIntervention) }
                                th(.scope("col")) { text(.impactColumnStart) }
                            }
                        }
                        tbody {
                            for entry in list.interventions {
                                tr {
                                    th(.scope("row")) { entry.sellerName }
                                    td(.data("label", text(.impactColumnIntervention))) {
                                        a(.href("/impact/estimates/\(entry.intervention.id)")) {
                                            ImpactNames.intervention(
                                                channel: entry.intervention.channel, target: entry.intervention.target, names: list.targetNames, text: text)
                                        }
                                    }
                                    td(.class("nowrap"), .data("label", text(.impactColumnStart))) { FormDate.string(entry.intervention.startedAt, in: context.calendar) }
                                }
                            }
                        }
                    }
                }
                paging(list, limit: limit, context: context)
            }
        }
    }

    /// Links to the previous and next page of the interventions.
    static func paging(_ list: ImpactList, limit: Int, context: PageContext) -> Node {
        let text = context.text
        let limitPart = limit == ImpactListQuery.pageSize ? "" : "&limit=\(limit)"
        return PagingLinks.render(
            name: "impact", label: text(.impactInterventionsTitle), offset: list.offset, shown: list.interventions.count,
            total: list.total, limit: limit,
            text: text,
            href: { "/impact?offset=\($0)\(limitPart)#impact-interventions" })
    }
}
