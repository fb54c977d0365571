import Foundation
import KeelCharts
import KeelStore
import SalesDomain

/// `/competence/cycles/{cycle}/people/{person}/rate`: one rater's form on one person in a
/// cycle — a level per competency of the person's role profile, each level with the
/// framework's description of the behavior, and evidence; on a manager's form the person's
/// submitted self-rating and, for the manager and the person, their previous consolidated level,
/// both marked on the scale. Saved as a draft as often as wanted; submitted once, and then final.
enum RatingFormPage {
    typealias Item = RatingForm.Item

    struct Model: Sendable {
        var cycle: AssessmentCycle
        var scale: RatingScale
        var ratee: Person
        var source: RatingSource
        var items: [Item]
        /// What the rater typed when the form was refused, by field name.
        var entered: [String: String]
        var errors: [FieldError] = []
        var notice: String?

        var isSubmitted: Bool { !items.isEmpty && items.allSatisfy { $0.rating?.isSubmitted == true } }
        var isEditable: Bool { cycle.status == .open && !isSubmitted }
    }

    static func levelField(_ competency: Competency.ID) -> String { "level-\(competency)" }
    static func evidenceField(_ competency: Competency.ID) -> String { "evidence-\(competency)" }

    static func title(_ model: Model, context: PageContext) -> String {
        let text = context.text
        return model.source == .selfAssessment
            ? text(.rateSelfTitle, ["cycle": model.cycle.name])
            : text(.rateOtherTitle, ["name": model.ratee.name, "cycle": model.cycle.name])
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        let language = text.language
        let numbers = ChartNumberFormat(languageTag: language.rawValue)
        let action = "/competence/cycles/\(model.cycle.id)/people/\(model.ratee.id)/rate"
        return Layout.page(title: title(model, context: context), context: context) {
            p { a(.href("/competence")) { text(.competenceBack) } }
            h1(.id("rating-title")) { title(model, context: context) }
            p(.class("meta")) {
                text(.rateAs, ["source": sourceName(model.source, context: context), "scale": model.scale.description])
            }
            if let notice = model.notice { p(.class("notice"), .id("rating-notice"), Attribute("role", "status")) { notice } }
            if !model.errors.isEmpty { FormErrorSummary.render(FormProblems(model.errors, text: context.text), labels: Dictionary(uniqueKeysWithValues: model.items.map {
                    (evidenceField($0.competency.id), "\(context.text(.rateEvidence)) (\($0.competency.name.text(in: context.text.language)))")
                }), context: context) }
            if model.cycle.status == .closed {
                p(.class("notice"), .id("cycle-closed")) { text(.rateCycleClosed) }
            } else if model.isSubmitted {
                p(.class("notice"), .id("form-submitted")) { text(.rateSubmitted) }
            }
            if model.items.isEmpty {
                p(.id("no-profile")) { text(.rateNoProfile) }
            } else {
                let problems = FormProblems(model.errors, text: text)
                form(.method("post"), .action(action), .class("stacked rating-form"), .id("rating-form")) {
                    Layout.csrfField(context)
                    for item in model.items {
                        let competency = item.competency
                        let field = levelField(competency.id)
                        let chosen = model.entered[field] ?? item.rating.map { String($0.level) }
                        let locked = !model.isEditable || item.rating?.isSubmitted == true
                        fieldset(.class("card rating"), .id(field)) {
                            legend { competency.name.text(in: language) }
                            if let summary = competency.summary { p(.class("meta")) { summary.text(in: language) } }
                            p(.class("meta")) { text(.rateTarget, ["level": String(item.targetLevel)]) }
                            references(item, source: model.source, numbers: numbers, context: context)
                            if let message = problems.message(for: field) { p(.class("field-error"), .id("error-\(field)")) { message } }
                            for level in model.scale.levels {
                                let id = "\(field)-\(level)"
                                let description = competency.levels.first { $0.level == level }
                                // One clickable row per level: its control, number, behaviour, and the target marked.
                                label(.for(id), .class(level == item.targetLevel ? "level-choice target" : "level-choice")) {
                                    Node.voidElement("input", [.type("radio"), .id(id), .name(field), .value(String(level))]
                                        + (chosen == String(level) ? [.checked] : []) + (locked ? [Attribute("disabled", nil)] : []))
                                    span(.class("level-number")) { String(level) }
                                    span { description?.behavior.text(in: language) ?? "" }
                                    span(.class("level-marks")) {
                                        if level == item.targetLevel { span(.class("badge")) { text(.rateTargetMark) } }
                                        if let own = item.reference.selfLevel, own == level {
                                            span(.class("badge self-mark")) { text(.rateSelfMark, ["level": String(own)]) }
                                        }
                                        if let previous = item.reference.previous, Int(previous.level.rounded()) == level {
                                            span(.class("badge previous-mark")) { text(.ratePreviousMark, ["level": numbers.number(previous.level)]) }
                                        }
                                    }
                                }
                            }
                            label(.for(evidenceField(competency.id))) { text(.rateEvidence) }
                            element("textarea", [
                                .id(evidenceField(competency.id)), .name(evidenceField(competency.id)), Attribute("rows", "3"),
                                Attribute("maxlength", String(Rating.maximumEvidenceLength)),
                            ] + (locked ? [Attribute("disabled", nil)] : [])) {
                                model.entered[evidenceField(competency.id)] ?? item.rating?.evidence ?? ""
                            }
                            if let message = problems.message(for: evidenceField(competency.id)) {
                                p(.class("field-error"), .id("error-\(evidenceField(competency.id))")) { message }
                            }
                        }
                    }
                    if model.isEditable {
                        div(.class("row")) {
                            button(.type("submit"), .name("action"), .value("draft"), .id("save-draft"), .class("secondary")) { text(.rateSaveDraft) }
                            button(.type("submit"), .name("action"), .value("submit"), .id("submit-rating")) { text(.rateSubmit) }
                        }
                        p(.class("meta")) { text(.rateSubmitNote) }
                    }
                }
            }
        }
    }

    /// The self-rating and previous level above the scale, said in words (the marks on the scale
    /// repeat them where they fall); on a manager's form, also that no self-rating is in yet.
    static func references(_ item: Item, source: RatingSource, numbers: ChartNumberFormat, context: PageContext) -> Node {
        let text = context.text
        let field = levelField(item.competency.id)
        var lines: [String] = []
        if let own = item.reference.selfLevel {
            lines.append(text(.rateSelfReference, ["level": String(own)]))
        } else if source == .manager {
            lines.append(text(.rateSelfMissing))
        }
        if let previous = item.reference.previous {
            lines.append(text(.ratePreviousReference, ["cycle": previous.cycleName, "level": numbers.number(previous.level)]))
        }
        guard !lines.isEmpty else { return .group([]) }
        return p(.class("meta rating-references"), .id("references-\(field)")) { lines.joined(separator: " · ") }
    }

    static func sourceName(_ source: RatingSource, context: PageContext) -> String {
        switch source {
        case .selfAssessment: context.text(.sourceSelf)
        case .manager: context.text(.sourceManager)
        case .peer: context.text(.sourcePeer)
        }
    }
}
