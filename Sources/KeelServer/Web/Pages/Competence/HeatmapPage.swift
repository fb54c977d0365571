import Foundation
import KeelCharts
import KeelStore
import SalesDomain

/// `/competence/cycles/{cycle}/heatmap`: teams or markets against competencies — the share of
/// people below their role's target (the colour: the gap to act on), the mean consolidated level
/// and n, rated / in scope — with a way down to the sub-teams and to the people behind each row,
/// filtered by job role (one role to start with) and cycle.
enum HeatmapPage {
    struct Row: Sendable {
        var group: HeatmapGroup
        var label: String
        /// Where the row's label leads: the heatmap of its sub-teams.
        var subteamsLink: String?
        /// The people behind the row; `nil` for rows that are not a group of their own.
        var peopleLink: String?
        var cells: [Competency.ID: HeatmapTally]
        /// The cycle's participants in the row, rated or not.
        var inScope: Int
    }

    struct Model: Sendable {
        var cycle: AssessmentCycleSummary
        var cycles: [AssessmentCycleSummary]
        var framework: CompetencyFramework
        var rows: HeatmapRows
        var parent: Team?
        /// The heatmap one level up, when the viewer may see it.
        var upLink: String?
        var jobRole: JobRole?
        /// The exercise whose leniencies can adjust this cycle's heatmap; `nil` when no
        /// calibration on the framework has closed yet.
        var calibration: CalibrationExercise?
        /// Set when the cells are adjusted for rater leniency.
        var adjustment: LeniencyAdjustment?
        var canCompareMarkets: Bool
        var lines: [Row]
        var total: [Competency.ID: HeatmapTally]
        var totalInScope: Int
        /// The competencies with anyone rated, in framework order.
        var competencies: [Competency]
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        let title = text(.heatmapPageTitle, ["cycle": model.cycle.name])
        return Layout.page(title: title, context: context) {
            p { a(.href("/competence")) { text(.competenceBack) } }
            h1(.id("heatmap-title")) { title }
            p(.class("meta")) { text(.heatmapIntro) }
            filter(model, context: context)
            if let calibration = model.calibration, let adjustment = model.adjustment {
                adjustedNote(calibration, adjustment, text: text, calendar: context.calendar)
            }
            if let parent = model.parent {
                p(.id("heatmap-parent")) {
                    text(.heatmapUnder, ["team": parent.name])
                    if let up = model.upLink {
                        " · "
                        a(.href(up), .id("heatmap-up")) { text(.heatmapUp) }
                    }
                }
            }
            if model.lines.isEmpty {
                p(.id("heatmap-empty")) { text(.heatmapEmpty) }
            } else {
                grid(model, context: context)
                legend(model, context: context)
            }
        }
    }

    /// What the colour and the numbers mean, with the colour steps drawn: the numbers are in every
    /// cell, so the colour is never the only sign.
    static func legend(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        return div(.class("heat-legend meta"), .id("heatmap-legend")) {
            p { text(.heatmapLegend, ["scale": model.framework.scale.description]) }
            p(Attribute("aria-hidden", "true")) {
                span { text(.heatmapLegendFewer) }
                for step in 1...HeatmapShading.steps {
                    span(.class("heat-swatch heat-shortfall-\(step)")) { "" }
                }
                span { text(.heatmapLegendMore) }
            }
        }
    }

    /// Says which exercise's leniencies corrected the levels shown; the people behind a row
    /// say it too, since their levels are corrected the same way.
    static func adjustedNote(_ calibration: CalibrationExercise, _ adjustment: LeniencyAdjustment, text: Localizer, calendar: WeekCalendar) -> Node {
        p(.class("notice"), .id("heatmap-adjusted")) {
            text(.heatmapAdjustedNote, [
                "exercise": calibration.name,
                "date": calibration.closedAt.map { FormDate.string($0, in: calendar) } ?? "",
                "raters": String(adjustment.leniencyByRater.count),
            ])
        }
    }

    static func link(_ model: Model, team: Team.ID?) -> String {
        var query = ["rows=\(HeatmapRowKind.teams.rawValue)"]
        if let team { query.append("team=\(team)") }
        // Without a role the heatmap would open at the most common one again.
        query.append("jobRole=\(model.jobRole?.rawValue ?? HeatmapRoleName.every)")
        if model.adjustment != nil { query.append("adjust=leniency") }
        return "/competence/cycles/\(model.cycle.id)/heatmap?" + query.joined(separator: "&")
    }

    static func filter(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        return form(.method("get"), .action("/competence/heatmap"), .class("row card"), .id("heatmap-filter")) {
            label {
                text(.heatmapCycle)
                select(.name("cycle"), .id("filter-cycle")) {
                    for cycle in model.cycles {
                        Node.element("option", [.value(cycle.id.description)] + (cycle.id == model.cycle.id ? [.selected] : []), [.text(cycle.name)])
                    }
                }
            }
            if model.canCompareMarkets {
                label {
                    text(.heatmapRows)
                    select(.name("rows"), .id("filter-rows")) {
                        Node.element("option", [.value(HeatmapRowKind.teams.rawValue)] + (model.rows.kind == .teams ? [.selected] : []), [.text(text(.heatmapByTeam))])
                        Node.element("option", [.value(HeatmapRowKind.markets.rawValue)] + (model.rows.kind == .markets ? [.selected] : []), [.text(text(.heatmapByMarket))])
                    }
                }
            } else {
                input(.type("hidden"), .name("rows"), .value(HeatmapRowKind.teams.rawValue))
            }
            if let parent = model.parent { input(.type("hidden"), .name("team"), .value(parent.id.description)) }
            label {
                text(.columnJobRole)
                select(.name("jobRole"), .id("filter-job-role")) {
                    Node.element("option", [.value(HeatmapRoleName.every)] + (model.jobRole == nil ? [.selected] : []), [.text(text(.heatmapAllRoles))])
                    for role in JobRole.allCases where role.isSellingRole {
                        Node.element("option", [.value(role.rawValue)] + (model.jobRole == role ? [.selected] : []), [.text(text.name(of: role))])
                    }
                }
            }
            if model.calibration != nil {
                label(.class("inline")) {
                    Node.voidElement("input", [.type("checkbox"), .name("adjust"), .value("leniency"), .id("filter-adjust")]
                                 + (model.adjustment != nil ? [.checked] : []))
                    " "
                    text(.heatmapAdjustLabel)
                }
            } else {
                small(.class("meta"), .id("heatmap-adjust-unavailable")) { text(.heatmapAdjustUnavailable) }
            }
            button(.type("submit"), .id("heatmap-show")) { text(.executionShow) }
        }
    }

    /// One cell: coloured by the share below target (the gap), which it prints first; then the
    /// mean level and n, rated out of the row's participants.
    static func cell(_ tally: HeatmapTally?, inScope: Int, numbers: ChartNumberFormat, context: PageContext) -> Node {
        let text = context.text
        let rated = text(.heatmapRatedOfScope, ["rated": String(tally?.ratedCount ?? 0), "inScope": String(inScope)])
        guard let tally, let mean = tally.meanLevel else {
            return td(.class("num heat heat-none")) {
                span(.class("heat-gap")) { "—" }
                small(.class("heat-n")) { rated }
            }
        }
        let shade = HeatmapShading.shareBelowTarget(tally.belowTargetShare)
        let below = tally.belowTargetShare.map { numbers.percent($0) } ?? "—"
        return td(.class("num heat \(shade.cssClass)"),
                  Attribute("title", text(.heatmapCellTitle, [
                      "level": numbers.number(mean), "below": below, "rated": String(tally.ratedCount), "inScope": String(inScope),
                  ]))) {
            strong(.class("heat-gap")) { below }
            small { " · \(numbers.number(mean))" }
            small(.class("heat-n")) { rated }
        }
    }

    static func grid(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        let numbers = ChartNumberFormat(languageTag: text.language.rawValue)
        return div(.class("table-wrap heatmap")) {
            table(.id("heatmap"), .class("sticky-first")) {
                caption { text(.heatmapCaption) }
                thead {
                    tr {
                        th(Attribute("scope", "col")) { model.rows != .markets ? text(.columnTeam) : text(.columnMarket) }
                        for competency in model.competencies {
                            th(.class("num"), Attribute("scope", "col")) { competency.name.text(in: text.language) }
                        }
                    }
                }
                tbody {
                    for line in model.lines {
                        tr(.class("heatmap-row")) {
                            th(Attribute("scope", "row")) {
                                if let subteams = line.subteamsLink {
                                    a(.href(subteams)) { line.label }
                                } else {
                                    line.label
                                }
                                if let people = line.peopleLink {
                                    " "
                                    a(.href(people), .class("small-link")) { text(.heatmapPeople) }
                                }
                                small(.class("heat-scope")) { text(.heatmapInScope, ["count": String(line.inScope)]) }
                            }
                            for competency in model.competencies {
                                cell(line.cells[competency.id], inScope: line.inScope, numbers: numbers, context: context)
                            }
                        }
                    }
                    tr(.class("heatmap-total"), .id("heatmap-total")) {
                        th(Attribute("scope", "row")) {
                            text(.heatmapTotal)
                            small(.class("heat-scope")) { text(.heatmapInScope, ["count": String(model.totalInScope)]) }
                        }
                        for competency in model.competencies {
                            cell(model.total[competency.id], inScope: model.totalInScope, numbers: numbers, context: context)
                        }
                    }
                }
            }
        }
    }
}
