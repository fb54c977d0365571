import Foundation
import KeelCharts
import KeelStore
import SalesDomain

/// `/competence/cycles/{cycle}/people/{person}`: a person's results in a cycle — the radar of
/// their levels against the role profile's targets, the table behind it with self, manager and
/// peer levels, the fit to the profile, blind spots, the trend across closed cycles, and their
/// own comment on the evaluation.
enum CompetenceResultsPage {
    struct Model: Sendable {
        var cycle: AssessmentCycleSummary
        var cycleNames: [AssessmentCycle.ID: String]
        var framework: CompetencyFramework
        var person: Person
        /// `nil` while the viewer is the person and the cycle is still open.
        var results: PersonCompetenceResults?
        /// Why `results` is `nil`: the store's refusal, which the API answers with 409.
        var withheld: Problem?
        var trends: [Competency.ID: CompetencyTrend]
        var viewerIsPerson: Bool
        var errors: [FieldError] = []
        var notice: String?
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        let title = text(.resultsPageTitle, ["name": model.person.name, "cycle": model.cycle.name])
        return Layout.page(title: title, context: context) {
            p { a(.href("/competence")) { text(.competenceBack) } }
            h1(.id("results-title")) { title }
            if let notice = model.notice { p(.class("notice"), .id("results-notice"), Attribute("role", "status")) { notice } }
            if let results = model.results {
                if results.competencies.isEmpty {
                    p(.id("results-empty")) { text(.resultsNoRatings) }
                } else {
                    div(.class("panels")) {
                        radarSection(model, results: results, context: context)
                        summarySection(model, results: results, context: context)
                    }
                    tableSection(model, results: results, context: context)
                }
                commentSection(model, results: results, context: context)
            } else if let withheld = model.withheld {
                p(.class("notice"), .id("results-wait")) { text(withheld) }
            }
        }
    }

    static func name(_ id: Competency.ID, in framework: CompetencyFramework, context: PageContext) -> String {
        framework.competency(id)?.name.text(in: context.text.language) ?? id.description
    }

    static func radarSection(_ model: Model, results: PersonCompetenceResults, context: PageContext) -> Node {
        let text = context.text
        let numbers = ChartNumberFormat(languageTag: text.language.rawValue)
        let rows = results.competencies
        var series = [
            RadarSeries(name: model.person.name, values: rows.map(\.level)),
            RadarSeries(name: text(.resultsTarget), values: rows.map { $0.targetLevel.map(Double.init) }),
        ]
        if rows.contains(where: { $0.selfLevel != nil }), !model.viewerIsPerson || model.cycle.status == .closed {
            series.append(RadarSeries(name: text(.sourceSelf), values: rows.map(\.selfLevel)))
        }
        let chart = RadarChart(
            axes: rows.map { name($0.competencyID, in: model.framework, context: context) },
            scaleMaximum: model.framework.scale.maximum, series: series,
            text: ChartText(title: text(.resultsRadarTitle), summary: text(.resultsRadarSummary, ["name": model.person.name]),
                            noData: text(.chartNoData), missingValue: text(.chartMissing)),
            numberFormat: numbers, identifier: ChartIdentifier("radar"))
        return section(.class("card"), .id("results-radar")) {
            h2 { text(.resultsRadarTitle) }
            Node.trusted(chart.render())
        }
    }

    static func summarySection(_ model: Model, results: PersonCompetenceResults, context: PageContext) -> Node {
        let text = context.text
        let numbers = ChartNumberFormat(languageTag: text.language.rawValue)
        return section(.class("card"), .id("results-summary")) {
            h2 { text(.resultsFitTitle) }
            if let fit = results.fit?.fitPercent {
                p(.id("fit")) { text(.resultsFit, ["percent": numbers.number(fit, maximumFractionDigits: 0)]) }
            } else {
                p(.id("fit")) { text(.resultsNoFit) }
            }
            h3 { text(.blindSpotsTitle) }
            if results.blindSpots.isEmpty {
                p(.id("blind-spots")) { text(.blindSpotsNone) }
            } else {
                ul(.id("blind-spots")) {
                    for spot in results.blindSpots {
                        li {
                            text(spot.direction == .overEstimation ? .blindSpotOver : .blindSpotUnder, [
                                "competency": name(spot.competencyID, in: model.framework, context: context),
                                "self": numbers.number(spot.selfLevel), "manager": numbers.number(spot.managerLevel),
                            ])
                        }
                    }
                }
            }
        }
    }

    static func tableSection(_ model: Model, results: PersonCompetenceResults, context: PageContext) -> Node {
        let text = context.text
        let numbers = ChartNumberFormat(languageTag: text.language.rawValue)
        func value(_ level: Double?) -> String { level.map { numbers.number($0) } ?? "—" }
        return section(.class("card"), .id("results-table")) {
            h2 { text(.resultsTableTitle) }
            div(.class("table-wrap")) {
                table(.class("stacked")) {
                    thead {
                        tr {
                            th(Attribute("scope", "col")) { text(.columnCompetency) }
                            th(.class("num"), Attribute("scope", "col")) { text(.columnLevel) }
                            th(.class("num"), Attribute("scope", "col")) { text(.resultsTarget) }
                            th(.class("num"), Attribute("scope", "col")) { text(.columnGap) }
                            th(.class("num"), Attribute("scope", "col")) { text(.sourceSelf) }
                            th(.class("num"), Attribute("scope", "col")) { text(.sourceManager) }
                            th(.class("num"), Attribute("scope", "col")) { text(.columnPeers) }
                            th(.class("num"), Attribute("scope", "col")) { text(.columnTrend) }
                        }
                    }
                    tbody {
                        for row in results.competencies {
                            tr(.id("result-\(row.competencyID)")) {
                                th(Attribute("scope", "row")) { name(row.competencyID, in: model.framework, context: context) }
                                td(.class("num level"), .data("label", text(.columnLevel))) { value(row.level) }
                                td(.class("num"), .data("label", text(.resultsTarget))) { row.targetLevel.map(String.init) ?? "—" }
                                td(.class(row.gap.map { $0 < 0 ? "num below" : "num" } ?? "num"), .data("label", text(.columnGap))) {
                                    row.gap.map { numbers.signed($0) } ?? "—"
                                }
                                td(.class("num"), .data("label", text(.sourceSelf))) { value(row.selfLevel) }
                                td(.class("num"), .data("label", text(.sourceManager))) { value(row.managerLevel) }
                                td(.class("num"), .data("label", text(.columnPeers))) {
                                    row.peers.map { text(.resultsPeers, ["level": numbers.number($0.meanLevel), "count": String($0.raterCount)]) } ?? "—"
                                }
                                td(.class("num"), .data("label", text(.columnTrend))) { trend(model.trends[row.competencyID], model: model, numbers: numbers) }
                            }
                        }
                    }
                }
            }
            p(.class("meta")) { text(.resultsPeersNote, ["count": String(PeerAggregate.minimumRaterCount)]) }
        }
    }

    /// The levels of the closed cycles in order, with the latest change.
    static func trend(_ trend: CompetencyTrend?, model: Model, numbers: ChartNumberFormat) -> String {
        guard let trend, !trend.points.isEmpty else { return "—" }
        let levels = trend.points.map { numbers.number($0.level) }.joined(separator: " → ")
        guard let change = trend.latestChange else { return levels }
        return "\(levels) (\(numbers.signed(change)))"
    }

    static func commentSection(_ model: Model, results: PersonCompetenceResults, context: PageContext) -> Node {
        let text = context.text
        let action = "/competence/cycles/\(model.cycle.id)/people/\(model.person.id)/comment"
        return section(.class("card"), .id("results-comment")) {
            h2 { text(.commentTitle) }
            if model.viewerIsPerson, model.cycle.status == .closed {
                p(.class("meta")) { text(.commentIntro) }
                if !model.errors.isEmpty {
                    FormErrorSummary.render(FormProblems(model.errors, text: context.text), labels: ["text": context.text(.commentTitle)],
                                            context: context, anchors: ["text": "comment-text"])
                }
                form(.method("post"), .action(action), .class("stacked")) {
                    Layout.csrfField(context)
                    label(.for("comment-text"), .class("visually-hidden")) { text(.commentTitle) }
                    element("textarea", [.id("comment-text"), .name("text"), Attribute("rows", "4"),
                                         Attribute("maxlength", String(ResultComment.maximumLength))]) {
                        results.comment?.text ?? ""
                    }
                    button(.type("submit"), .id("comment-submit")) { text(.commentSave) }
                }
            } else if let comment = results.comment {
                p(.id("comment")) { comment.text }
                p(.class("meta")) { text(.commentWritten, ["date": FormDate.string(comment.updatedAt, in: context.calendar)]) }
            } else {
                p(.id("comment")) { text(.commentNone) }
            }
        }
    }
}
