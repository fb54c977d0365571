import Foundation
import KeelCharts
import KeelStore
import SalesDomain

/// `/competence/calibrations/{exercise}`: how far managers agree when they rate the same
/// targets — the six intraclass correlations of Shrout & Fleiss (1979), overall and per
/// competency — and how lenient or strict each of them is compared with the others.
enum CalibrationPage {
    struct Model: Sendable {
        var results: CalibrationResults
        var framework: CompetencyFramework?
        var raterNames: [Person.ID: String]
        var targetNames: [CalibrationTarget.ID: String]
        /// Scores each rater has entered so far.
        var scoresByRater: [Person.ID: Int]
        var viewerIsRater: Bool
        var canClose: Bool
        var errors: [FieldError] = []

        var isOpen: Bool { results.exercise.closedAt == nil }
        /// Scores a rater enters to complete the sheet.
        var sheetSize: Int { results.exercise.targets.count * results.exercise.competencyIDs.count }
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        let numbers = ChartNumberFormat(languageTag: text.language.rawValue)
        let exercise = model.results.exercise
        func coefficient(_ value: Double?) -> String { value.map { numbers.number($0, maximumFractionDigits: 2) } ?? "—" }
        return Layout.page(title: exercise.name, context: context) {
            p { a(.href("/competence")) { text(.competenceBack) } }
            h1(.id("calibration-title")) { exercise.name }
            p(.class("meta")) {
                text(.calibrationMeta, [
                    "raters": String(exercise.raterIDs.count), "targets": String(exercise.targets.count),
                    "competencies": String(exercise.competencyIDs.count), "scores": String(model.results.scoreCount),
                ])
            }
            p { text(.calibrationIntro) }
            if !model.errors.isEmpty { FormErrorSummary.render(FormProblems(model.errors, text: context.text), context: context) }
            status(model, context: context)
            section(.class("card"), .id("agreement")) {
                h2 { text(.calibrationAgreement) }
                if let agreement = model.results.agreement {
                    p(.class("meta")) {
                        text(.calibrationItems, ["items": String(agreement.targetCount), "raters": String(agreement.raterCount)])
                    }
                    div(.class("table-wrap")) {
                        table(.class("stacked"), .id("icc")) {
                            thead {
                                tr {
                                    th(Attribute("scope", "col")) { text(.calibrationModel) }
                                    th(.class("num"), Attribute("scope", "col")) { text(.calibrationSingle) }
                                    th(.class("num"), Attribute("scope", "col")) { text(.calibrationAverage, ["k": String(agreement.raterCount)]) }
                                }
                            }
                            tbody {
                                for model in IntraclassCorrelation.Model.allCases {
                                    tr(.id("icc-\(model.rawValue)")) {
                                        th(Attribute("scope", "row")) { modelName(model, context: context) }
                                        td(.class("num"), .data("label", text(.calibrationSingle))) { "ICC(\(model.rawValue),1) = \(coefficient(agreement.singleRater(model)))" }
                                        td(.class("num"), .data("label", text(.calibrationAverage, ["k": String(agreement.raterCount)]))) {
                                            "ICC(\(model.rawValue),\(agreement.raterCount)) = \(coefficient(agreement.averageOfRaters(model)))"
                                        }
                                    }
                                }
                            }
                        }
                    }
                    p(.class("meta")) { text(.calibrationReading) }
                } else {
                    p(.id("agreement-missing")) { model.results.agreementProblem.map { text($0) } ?? text(.chartNoData) }
                }
            }
            if !model.results.agreementByCompetency.isEmpty {
                // What each competency's coefficients rest on: the targets every rater scored on it.
                let scoredBy = text(.calibrationTargetsScored)
                section(.class("card"), .id("agreement-by-competency")) {
                    h2 { text(.calibrationByCompetency) }
                    div(.class("table-wrap")) {
                        table(.class("stacked")) {
                            thead {
                                tr {
                                    th(Attribute("scope", "col")) { text(.columnCompetency) }
                                    th(.class("num"), Attribute("scope", "col")) { "ICC(2,1)" }
                                    th(.class("num"), Attribute("scope", "col")) { "ICC(3,1)" }
                                    th(.class("num"), Attribute("scope", "col")) { scoredBy }
                                }
                            }
                            tbody {
                                for competencyID in exercise.competencyIDs {
                                    if let icc = model.results.agreementByCompetency[competencyID] {
                                        tr {
                                            th(Attribute("scope", "row")) {
                                                model.framework?.competency(competencyID)?.name.text(in: text.language) ?? competencyID.description
                                            }
                                            td(.class("num"), .data("label", "ICC(2,1)")) { coefficient(icc.singleRater(.twoWayRandom)) }
                                            td(.class("num"), .data("label", "ICC(3,1)")) { coefficient(icc.singleRater(.twoWayMixed)) }
                                            td(.class("num"), .data("label", scoredBy)) { String(icc.targetCount) }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            section(.class("card"), .id("leniency")) {
                h2 { text(.leniencyTitle) }
                p(.class("meta")) { text(.leniencyIntro) }
                div(.class("table-wrap")) {
                    table(.class("stacked"), .id("leniency-table")) {
                        thead {
                            tr {
                                th(Attribute("scope", "col")) { text(.leniencyRater) }
                                th(.class("num"), Attribute("scope", "col")) { text(.leniencyValue) }
                                th(Attribute("scope", "col")) { text(.leniencyReading) }
                                th(.class("num"), Attribute("scope", "col")) { text(.leniencyCompared) }
                            }
                        }
                        tbody {
                            for rater in model.results.leniency {
                                tr(.id("leniency-\(rater.rater)")) {
                                    th(Attribute("scope", "row")) { model.raterNames[rater.rater] ?? rater.rater.description }
                                    td(.class("num"), .data("label", text(.leniencyValue))) { numbers.signed(rater.leniency, maximumFractionDigits: 2) }
                                    td(.data("label", text(.leniencyReading))) { reading(rater.leniency, context: context) }
                                    td(.class("num"), .data("label", text(.leniencyCompared))) { String(rater.comparedTargetCount) }
                                }
                            }
                        }
                    }
                }
                p(.class("meta"), .id("leniency-adjustment-note")) { text(.leniencyAdjustmentNote) }
            }
        }
    }

    /// Open or closed, who has scored how much, what the exercise rates, and what the viewer
    /// can do about it.
    static func status(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        let exercise = model.results.exercise
        return section(.class("card"), .id("calibration-status")) {
            h2 { text(.calibrationStatusTitle) }
            if let closedAt = exercise.closedAt {
                p(.id("calibration-state")) { text(.calibrationClosedOn, ["date": FormDate.string(closedAt, in: context.calendar)]) }
            } else {
                p(.id("calibration-state")) { text(.calibrationOpenSince, ["date": FormDate.string(exercise.openedAt, in: context.calendar)]) }
            }
            ul(.id("calibration-raters")) {
                for rater in exercise.raterIDs {
                    li(.id("progress-\(rater)")) {
                        text(.calibrationRaterProgress, [
                            "name": model.raterNames[rater] ?? rater.description,
                            "scored": String(model.scoresByRater[rater] ?? 0), "total": String(model.sheetSize),
                        ])
                    }
                }
            }
            p(.class("meta")) {
                text(.calibrationTargetList, ["targets": exercise.targets.map { model.targetNames[$0.id] ?? $0.title }.joined(separator: ", ")])
            }
            if model.isOpen, model.viewerIsRater {
                p { a(.href("/competence/calibrations/\(exercise.id)/scores"), .id("enter-scores"), .class("button")) { text(.calibrationEnterScores) } }
            }
            if model.isOpen, model.canClose {
                form(.method("post"), .action("/competence/calibrations/\(exercise.id)/close"), .id("close-calibration-form")) {
                    Layout.csrfField(context)
                    p(.class("meta")) { text(.calibrationCloseNote) }
                    button(.type("submit"), .id("close-calibration")) { text(.calibrationClose) }
                }
            }
        }
    }

    /// Half a level either way is where a rater's habit starts to move people across a target.
    static let noticeableLeniency = 0.5

    static func reading(_ leniency: Double, context: PageContext) -> String {
        if leniency >= noticeableLeniency { return context.text(.leniencyLenient) }
        if leniency <= -noticeableLeniency { return context.text(.leniencyStrict) }
        return context.text(.leniencyInLine)
    }

    static func modelName(_ model: IntraclassCorrelation.Model, context: PageContext) -> String {
        switch model {
        case .oneWayRandom: context.text(.iccOneWay)
        case .twoWayRandom: context.text(.iccTwoWayRandom)
        case .twoWayMixed: context.text(.iccTwoWayMixed)
        }
    }
}
