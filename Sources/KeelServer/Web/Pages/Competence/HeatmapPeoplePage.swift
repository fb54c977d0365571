import Foundation
import KeelCharts
import KeelStore
import SalesDomain

/// `/competence/cycles/{cycle}/people?group=…`: the people behind a heatmap row — every
/// participant in it, those nobody has rated yet listed as not rated — each with their level per
/// competency (shaded by the gap below target) and a link to their results.
enum HeatmapPeoplePage {
    struct Line: Sendable {
        var person: Person
        var entry: HeatmapEntry
    }

    struct Model: Sendable {
        var cycle: AssessmentCycleSummary
        var framework: CompetencyFramework
        var groupName: String
        var jobRole: JobRole?
        var lines: [Line]
        var competencies: [Competency]
        /// People in the group the viewer may not see individually (a market leader's view of a
        /// team that spans markets); counted, never listed.
        var hiddenCount: Int
        /// Set when the levels are corrected for rater leniency, as the heatmap above them was.
        var adjustment: (exercise: CalibrationExercise, leniency: LeniencyAdjustment)?
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        let numbers = ChartNumberFormat(languageTag: text.language.rawValue)
        let title = text(.heatmapPeopleTitle, ["group": model.groupName, "cycle": model.cycle.name])
        return Layout.page(title: title, context: context) {
            p { a(.href("/competence/cycles/\(model.cycle.id)/heatmap" + (model.adjustment != nil ? "?adjust=leniency" : ""))) { text(.heatmapBack) } }
            h1(.id("heatmap-people-title")) { title }
            if let role = model.jobRole { p(.class("meta")) { text(.heatmapRoleFilter, ["role": text.name(of: role)]) } }
            if let adjustment = model.adjustment { HeatmapPage.adjustedNote(adjustment.exercise, adjustment.leniency, text: text, calendar: context.calendar) }
            if model.lines.isEmpty {
                p(.id("heatmap-people-empty")) { text(.heatmapEmpty) }
            } else {
                p(.id("heatmap-people-rated")) {
                    text(.heatmapPeopleRated, ["rated": String(model.lines.filter(\.entry.isRated).count), "count": String(model.lines.count)])
                }
                div(.class("table-wrap heatmap")) {
                    table(.id("heatmap-people"), .class("sticky-first")) {
                        thead {
                            tr {
                                th(Attribute("scope", "col")) { text(.columnName) }
                                for competency in model.competencies {
                                    th(.class("num"), Attribute("scope", "col")) { competency.name.text(in: text.language) }
                                }
                            }
                        }
                        tbody {
                            for line in model.lines {
                                tr(.id("person-\(line.person.id)")) {
                                    th(Attribute("scope", "row")) {
                                        a(.href("/competence/cycles/\(model.cycle.id)/people/\(line.person.id)")) { line.person.name }
                                        if !line.entry.isRated {
                                            " "
                                            span(.class("badge not-rated")) { text(.heatmapNotRated) }
                                        }
                                    }
                                    for competency in model.competencies {
                                        levelCell(line.entry, competency: competency.id, scale: model.framework.scale, numbers: numbers, context: context)
                                    }
                                }
                            }
                        }
                    }
                }
                p(.class("meta")) { text(.heatmapPeopleLegend) }
            }
            if model.hiddenCount > 0 {
                p(.class("meta"), .id("heatmap-hidden")) { text(.heatmapHiddenPeople, ["count": String(model.hiddenCount)]) }
            }
        }
    }

    static func levelCell(_ entry: HeatmapEntry, competency: Competency.ID, scale: RatingScale, numbers: ChartNumberFormat, context: PageContext) -> Node {
        guard let level = entry.levels[competency] else { return td(.class("num heat-none not-rated")) { context.text(.heatmapNotRated) } }
        let target = entry.targets[competency]
        let shade = target.flatMap { HeatmapShading.gapToTarget(Double($0) - level, scaleMaximum: scale.maximum) }
        return td(.class("num heat" + (shade.map { " \($0.cssClass) below" } ?? ""))) {
            numbers.number(level)
            if let target { small { " / \(target)" } }
            if shade != nil { span(.class("visually-hidden")) { context.text(.heatmapBelowTarget) } }
        }
    }
}
