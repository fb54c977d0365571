import Foundation
import KeelStore
import SalesDomain

/// `/competence/calibrations/{exercise}/scores`: one rater's score sheet — every target on every
/// competency of the exercise, with the framework's behavior per level to judge against. Raters
/// score on their own; the agreement is only worth something if they do not compare notes.
enum CalibrationScoresPage {
    struct Model: Sendable {
        var exercise: CalibrationExercise
        var framework: CompetencyFramework
        /// The rater's own stored scores.
        var levels: [CalibrationTarget.ID: [Competency.ID: Int]]
        var targetNames: [CalibrationTarget.ID: String]
        var entered: [String: String] = [:]
        var errors: [FieldError] = []
        var notice: String?

        var isOpen: Bool { exercise.closedAt == nil }
        var competencies: [Competency] { exercise.competencyIDs.compactMap(framework.competency) }
        var scoredCount: Int { levels.values.reduce(0) { $0 + $1.count } }
    }

    static func scoreField(target: CalibrationTarget.ID, competency: Competency.ID) -> String { "score-\(target)-\(competency)" }

    static func render(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        let language = text.language
        let title = text(.calibrationScoresTitle, ["exercise": model.exercise.name])
        return Layout.page(title: title, context: context) {
            p { a(.href("/competence/calibrations/\(model.exercise.id)")) { text(.calibrationBack) } }
            h1(.id("calibration-scores-title")) { title }
            p(.class("meta")) {
                text(.calibrationScoresIntro, ["scale": model.framework.scale.description])
            }
            p(.class("meta"), .id("scores-progress")) {
                text(.calibrationProgress, [
                    "scored": String(model.scoredCount),
                    "total": String(model.exercise.targets.count * model.exercise.competencyIDs.count),
                ])
            }
            if let notice = model.notice { p(.class("notice"), .id("scores-notice"), Attribute("role", "status")) { notice } }
            if !model.errors.isEmpty { FormErrorSummary.render(FormProblems(model.errors, text: context.text), context: context) }
            if !model.isOpen { p(.class("notice"), .id("calibration-closed")) { text(.calibrationClosedNote) } }
            section(.class("card"), .id("calibration-levels")) {
                h2 { text(.calibrationLevelsTitle) }
                for competency in model.competencies {
                    element("details", []) {
                        element("summary", []) { competency.name.text(in: language) }
                        element("ol", []) {
                            for level in competency.levels.sorted(by: { $0.level < $1.level }) {
                                li { level.behavior.text(in: language) }
                            }
                        }
                    }
                }
            }
            form(.method("post"), .action("/competence/calibrations/\(model.exercise.id)/scores"), .class("stacked"), .id("scores-form")) {
                Layout.csrfField(context)
                for target in model.exercise.targets {
                    fieldset(.class("card"), .id("target-\(target.id)")) {
                        legend { model.targetNames[target.id] ?? target.title }
                        if !target.material.isEmpty { material(target.material) }
                        for competency in model.competencies {
                            let field = scoreField(target: target.id, competency: competency.id)
                            let chosen = model.entered[field] ?? model.levels[target.id]?[competency.id].map(String.init) ?? ""
                            label(.for(field)) { competency.name.text(in: language) }
                            Node.element("select", [.name(field), .id(field)] + (model.isOpen ? [] : [Attribute("disabled", nil)]), [
                                Node.element("option", [.value("")] + (chosen.isEmpty ? [.selected] : []), [.text("—")]),
                            ] + model.framework.scale.levels.map { level in
                                Node.element("option", [.value(String(level))] + (chosen == String(level) ? [.selected] : []), [.text(String(level))])
                            })
                        }
                    }
                }
                if model.isOpen {
                    p(.class("meta")) { text(.calibrationScoresNote) }
                    button(.type("submit"), .id("scores-save")) { text(.calibrationScoresSave) }
                }
            }
        }
    }

    /// A recording is linked; a written case is shown as written.
    static func material(_ material: String) -> Node {
        if let url = URL(string: material), let scheme = url.scheme?.lowercased(), scheme == "https" || scheme == "http" {
            return p { a(.href(material), Attribute("rel", "noopener")) { material } }
        }
        return p(.class("case-text")) { material }
    }
}
