import Foundation
import KeelCharts
import KeelStore
import SalesDomain

/// `/competence/cycles/{cycle}/heatmap`: teams or markets against competencies — the mean
/// consolidated level and the share of people below their role's target — with a way down to
/// the sub-teams and to the people behind each row, filtered by job role and cycle.
enum HeatmapPage {
    struct Row: Sendable {
        var group: HeatmapGroup
        var label: String
        /// Where the row's label leads: the heatmap of its sub-teams.
        var subteamsLink: String?
        /// The people behind the row; `nil` for rows that are not a group of their own.
        var peopleLink: String?
        var cells: [Competency.ID: HeatmapTally]
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
                p(.class("meta"), .id("heatmap-legend")) {
                    text(.heatmapLegend, ["scale": model.framework.scale.description])
                }
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
        var query = ["rows=teams"]
        if let team { query.append("team=\(team)") }
        if let role = model.jobRole { query.append("jobRole=\(role.rawValue)") }
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
                        Node.element("option", [.value("teams")] + (model.rows != .markets ? [.selected] : []), [.text(text(.heatmapByTeam))])
                        Node.element("option", [.value("markets")] + (model.rows == .markets ? [.selected] : []), [.text(text(.heatmapByMarket))])
                    }
                }
            } else {
                input(.type("hidden"), .name("rows"), .value("teams"))
            }
            if let parent = model.parent { input(.type("hidden"), .name("team"), .value(parent.id.description)) }
            label {
                text(.columnJobRole)
                select(.name("jobRole"), .id("filter-job-role")) {
                    Node.element("option", [.value("")] + (model.jobRole == nil ? [.selected] : []), [.text(text(.heatmapAllRoles))])
                    for role in JobRole.allCases where role.isSellingRole {
                        Node.element("option", [.value(role.rawValue)] + (model.jobRole == role ? [.selected] : []), [.text(text.name(of: role))])
                    }
                }
            }
            if model.calibration != nil {
                label(.class("inline")) {
                    Node.element("input", [.type("checkbox"), .name("adjust"), .value("leniency"), .id("filter-adjust")]
                                 + (model.adjustment != nil ? [.checked] : []), [])
                    " "
                    text(.heatmapAdjustLabel)
                }
            } else {
                small(.class("meta"), .id("heatmap-adjust-unavailable")) { text(.heatmapAdjustUnavailable) }
            }
            button(.type("submit"), .id("heatmap-show")) { text(.executionShow) }
        }
    }

    static func cell(_ tally: HeatmapTally?, scale: RatingScale, numbers: ChartNumberFormat, context: PageContext) -> Node {
        guard let tally, let mean = tally.meanLevel else {
            return td(.class("num heat-none")) { "—" }
        }
        let shade = HeatmapShading.level(mean, scaleMaximum: scale.maximum)
        let below = tally.belowTargetShare.map { numbers.percent($0) } ?? "—"
        return td(.class("num heat \(shade.cssClass)"),
                  Attribute("title", context.text(.heatmapCellTitle, ["level": numbers.number(mean), "below": below, "people": context.text.headcount(tally.ratedCount)]))) {
            strong { numbers.number(mean) }
            small { " · \(below)" }
        }
    }

    static func grid(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        let numbers = ChartNumberFormat(languageTag: text.language.rawValue)
        return div(.class("table-wrap heatmap")) {
            table(.id("heatmap")) {
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
                            }
                            for competency in model.competencies {
                                cell(line.cells[competency.id], scale: model.framework.scale, numbers: numbers, context: context)
                            }
                        }
                    }
                    tr(.class("heatmap-total"), .id("heatmap-total")) {
                        th(Attribute("scope", "row")) { text(.heatmapTotal) }
                        for competency in model.competencies {
                            cell(model.total[competency.id], scale: model.framework.scale, numbers: numbers, context: context)
                        }
                    }
                }
            }
        }
    }
}
