import Foundation
import KeelStore
import SalesDomain

/// `/competence`: the viewer's part in the open assessment cycle (their self-assessment, the
/// people they rate as manager), their results from closed cycles, and the ways into the
/// comparisons, calibration and frameworks. Leadership opens and closes cycles here.
enum CompetenceOverviewPage {
    typealias RateeStatus = CompetenceOverview.RateeStatus

    struct Model: Sendable {
        var viewer: Person
        var cycles: [AssessmentCycleSummary]
        var openCycle: AssessmentCycleSummary?
        var selfStatus: RateeStatus?
        var reports: [RateeStatus]
        var closedCyclesOfViewer: [AssessmentCycleSummary]
        var calibrations: [CalibrationExercise]
        var publishedFrameworks: [CompetencyFramework]
        var errors: [FieldError] = []
        /// What was typed into the open-cycle form, kept when it is refused.
        var entered: [String: String] = [:]
        var notice: String?
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        return Layout.page(title: text(.competenceTitle), context: context) {
            h1(.id("competence-title")) { text(.competenceTitle) }
            p(.class("meta")) { text(.competenceIntro) }
            if let notice = model.notice { p(.class("notice"), .id("competence-notice"), Attribute("role", "status")) { notice } }
            if !model.errors.isEmpty {
                FormErrorSummary.render(
                    FormProblems(model.errors, text: text),
                    labels: ["name": text(.formName), "framework": text(.frameworkLabel), "cycle-managerWeight": text(.sourceManager),
                             "cycle-selfWeight": text(.sourceSelf), "cycle-peerWeight": text(.sourcePeer)],
                    context: context, anchors: ["name": "cycle-name", "framework": "cycle-framework"])
            }
            openCycleSection(model, context: context)
            resultsSection(model, context: context)
            comparisonSection(model, context: context)
            if !model.calibrations.isEmpty || context.can(.configureRules) { calibrationSection(model, context: context) }
            p {
                a(.href("/competence/frameworks"), .id("frameworks-link")) { text(.frameworksTitle) }
                " · "
                a(.href("/competence/role-profiles"), .id("role-profiles-link")) { text(.roleProfilesTitle) }
            }
            if context.can(.configureRules), model.openCycle == nil { openForm(model, context: context) }
        }
    }

    static func statusText(_ status: RateeStatus, context: PageContext) -> String {
        let text = context.text
        let total = String(status.competencyCount)
        if status.submitted > 0, status.submitted >= status.competencyCount {
            return text(.ratingStatusSubmitted, ["count": String(status.submitted), "total": total])
        }
        if status.drafts + status.submitted > 0 {
            return text(.ratingStatusInProgress, ["count": String(status.drafts + status.submitted), "total": total])
        }
        return text(.ratingStatusNotStarted)
    }

    static func openCycleSection(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        return section(.class("card"), .id("open-cycle")) {
            if let cycle = model.openCycle {
                h2 { text(.cycleOpenTitle, ["name": cycle.name]) }
                p(.class("meta")) {
                    text(.cycleOpenMeta, ["date": FormDate.string(cycle.openedAt, in: context.calendar), "count": String(cycle.participantCount)])
                }
                if let own = model.selfStatus {
                    p(.id("self-assessment")) {
                        a(.href("/competence/cycles/\(cycle.id)/people/\(own.person.id)/rate"), .id("rate-self")) { text(.rateYourself) }
                        " · "
                        statusText(own, context: context)
                    }
                }
                if !model.reports.isEmpty {
                    h3 { text(.cycleYourReports) }
                    div(.class("table-wrap")) {
                        table(.id("reports-to-rate")) {
                            thead {
                                tr {
                                    th(Attribute("scope", "col")) { text(.columnName) }
                                    th(Attribute("scope", "col")) { text(.columnJobRole) }
                                    th(Attribute("scope", "col")) { text(.columnStatus) }
                                }
                            }
                            tbody {
                                for status in model.reports {
                                    tr {
                                        td {
                                            a(.href("/competence/cycles/\(cycle.id)/people/\(status.person.id)/rate"), .id("rate-\(status.person.id)")) {
                                                status.person.name
                                            }
                                        }
                                        td { text.name(of: status.person.jobRole) }
                                        td { statusText(status, context: context) }
                                    }
                                }
                            }
                        }
                    }
                } else if model.selfStatus == nil {
                    p { text(.cycleNothingToRate) }
                }
                // Closing is final, so it happens on the progress page, after seeing who is missing.
                if context.can(.readOthers) {
                    p { a(.href("/competence/cycles/\(cycle.id)/progress"), .id("cycle-progress")) { text(.cycleProgressLink) } }
                }
            } else {
                h2 { text(.cycleNoneOpen) }
            }
        }
    }

    static func resultsSection(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        return section(.class("card"), .id("my-results")) {
            h2 { text(.competenceMyResults) }
            if model.closedCyclesOfViewer.isEmpty {
                p { text(.competenceNoResults) }
            } else {
                ul {
                    for cycle in model.closedCyclesOfViewer {
                        li {
                            a(.href("/competence/cycles/\(cycle.id)/people/\(model.viewer.id)"), .id("results-\(cycle.id)")) { cycle.name }
                        }
                    }
                }
            }
        }
    }

    static func comparisonSection(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        let cycles = model.cycles
        return fragment {
            if context.can(.readOthers), !cycles.isEmpty {
                section(.class("card"), .id("comparison")) {
                    h2 { text(.heatmapTitle) }
                    p(.class("meta")) { text(.heatmapIntro) }
                    ul {
                        for cycle in cycles {
                            li { a(.href("/competence/cycles/\(cycle.id)/heatmap"), .id("heatmap-\(cycle.id)")) { cycle.name } }
                        }
                    }
                }
            }
        }
    }

    static func calibrationSection(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        return section(.class("card"), .id("calibrations")) {
            h2 { text(.calibrationTitle) }
            p(.class("meta")) { text(.calibrationIntro) }
            ul {
                for exercise in model.calibrations {
                    li {
                        a(.href("/competence/calibrations/\(exercise.id)"), .id("calibration-\(exercise.id)")) { exercise.name }
                        " · "
                        exercise.closedAt.map { text(.calibrationClosedOn, ["date": FormDate.string($0, in: context.calendar)]) }
                            ?? text(.calibrationOpenSince, ["date": FormDate.string(exercise.openedAt, in: context.calendar)])
                        if exercise.closedAt == nil, exercise.raterIDs.contains(model.viewer.id) {
                            " · "
                            a(.href("/competence/calibrations/\(exercise.id)/scores"), .id("scores-\(exercise.id)")) { text(.calibrationEnterScores) }
                        }
                    }
                }
            }
            if context.can(.configureRules) {
                p { a(.href("/competence/calibrations/new"), .id("new-calibration"), .class("button")) { text(.calibrationNewTitle) } }
            }
        }
    }

    static func openForm(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        return section(.class("card"), .id("open-cycle-form")) {
            h2 { text(.cycleOpenNew) }
            if model.publishedFrameworks.isEmpty {
                p { text(.cycleNeedsFramework) }
            } else {
                let problems = FormProblems(model.errors, text: text)
                form(.method("post"), .action("/competence/cycles"), .class("stacked"), Attribute("novalidate", nil)) {
                    Layout.csrfField(context)
                    FormField.text("name", id: "cycle-name", label: text(.formName), value: model.entered["name"] ?? "", problems: problems,
                                   extra: [Attribute("maxlength", "200")])
                    FormField.choice("framework", id: "cycle-framework", label: text(.frameworkLabel),
                                     options: model.publishedFrameworks.map {
                                         ($0.reference.formValue, "\($0.name.text(in: context.text.language)) — v\($0.version)")
                                     },
                                     selected: model.entered["framework"], problems: problems)
                    fieldset(.id("cycle-weights")) {
                        legend { text(.cycleWeightsTitle) }
                        p(.class("meta")) { text(.cycleWeightsHint) }
                        div(.class("row")) {
                            for (field, name) in [("managerWeight", text(.sourceManager)), ("selfWeight", text(.sourceSelf)), ("peerWeight", text(.sourcePeer))] {
                                FormField.text(field, id: "cycle-\(field)", label: name, value: model.entered[field] ?? "",
                                               problems: problemsAtWeights(problems), required: false,
                                               extra: [Attribute("inputmode", "decimal"), Attribute("size", "4"),
                                                       Attribute("placeholder", field == "managerWeight" ? "1" : "0")])
                            }
                        }
                    }
                    p(.class("meta")) { text(.cycleParticipantsNote) }
                    button(.type("submit"), .id("open-cycle-submit")) { text(.cycleOpenSubmit) }
                }
            }
        }
    }

    /// The weights' problems are filed under `cycle-<weight>`, the fields' element ids.
    private static func problemsAtWeights(_ problems: FormProblems) -> FormProblems {
        var renamed = problems
        renamed.entries = problems.entries.map { entry in
            var entry = entry
            if entry.field.hasPrefix("cycle-") { entry.field = String(entry.field.dropFirst("cycle-".count)) }
            return entry
        }
        return renamed
    }
}
