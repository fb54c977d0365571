import Foundation
import SalesDomain

/// `/practice/entries/{id}`: one practice item opened. The seller reads it, does it in their week
/// and reports how it went; for a role-play, their coach or a teammate who played the customer
/// scores it on the competency's levels — the rubric an assessment uses.
enum PracticeEntryPage {
    struct Model: Sendable {
        var screen: PracticeItemScreen
        var values: [String: String] = [:]
        var errors: [FieldError] = []
        var notice: String?
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        let language = text.language
        let screen = model.screen
        let item = screen.item
        let title = item.title.text(in: language)
        let problems = FormProblems(model.errors, text: text)
        return Layout.page(title: title, context: context) {
            h1(.id("entry-title")) { title }
            p(.class("meta"), .id("entry-facts")) {
                text(.practiceEntryFacts, [
                    "kind": PracticeNames.kind(item.kind, text: text), "competency": screen.competency.name.text(in: language),
                    "level": String(item.aimLevel), "minutes": String(item.minutes), "name": screen.personName,
                ])
                " "
                span(.class(screen.status == .overdue ? "chip-overdue" : "badge")) {
                    PracticeNames.status(screen.status, text: text) + " · " + screen.entry.repetition.due.description
                }
            }
            if let notice = model.notice { p(.class("notice"), .id("entry-notice")) { notice } }
            if !problems.isEmpty {
                FormErrorSummary.render(problems, labels: labels(model, context: context), context: context, anchors: anchors(model))
            }
            div(.class("panels")) {
                content(screen, context: context)
                div {
                    if screen.canDo { doForm(model, problems: problems, context: context) }
                    if screen.canObserve { observeForm(model, problems: problems, context: context) }
                    history(screen, context: context)
                }
            }
            p { a(.href("/practice/people/\(screen.entry.personID)")) { text(.practiceBackToPlan) } }
        }
    }

    /// Each field's visible label, for the summary: the self-score, the note (or answer), each
    /// rubric level and the comment.
    static func labels(_ model: Model, context: PageContext) -> [String: String] {
        let text = context.text
        var labels = [
            "selfScore": text(.practiceSelfScoreLabel), "comment": text(.practiceCommentLabel),
            "note": model.screen.item.kind == .microLesson ? text(.practiceAnswerLabel) : text(.practiceNoteLabel),
        ]
        for level in model.screen.scale.dropFirst() { labels["level-\(level)"] = text(.practiceLevelNumber, ["level": String(level)]) }
        return labels
    }

    /// Where a problem's field is, for the summary's links: the text boxes by their ids, and a
    /// level the rubric does not have (a tampered form) at the scoring form.
    static func anchors(_ model: Model) -> [String: String] {
        var anchors = ["note": "field-note", "comment": "field-comment", "rep": "observe-form"]
        for error in model.errors where error.field.hasPrefix("level-") {
            if let level = Int(error.field.dropFirst("level-".count)), !model.screen.scale.dropFirst().contains(level) {
                anchors[error.field] = "observe-form"
            }
        }
        return anchors
    }

    static func content(_ screen: PracticeItemScreen, context: PageContext) -> Node {
        let text = context.text
        let language = text.language
        return section(.class("card practice-content"), .id("entry-content")) {
            switch screen.item.content {
            case .drill(let instructions):
                h2 { text(.practiceInstructions) }
                p(.class("prose")) { instructions.text(in: language) }
            case .microLesson(let lesson, let question):
                h2 { text(.practiceLesson) }
                p(.class("prose")) { lesson.text(in: language) }
                h2 { text(.practiceQuestion) }
                p(.class("prose"), .id("entry-question")) { strong { question.text(in: language) } }
            case .rolePlay(let situation, let customerPart, let good):
                h2 { text(.practiceSituation) }
                p(.class("prose")) { situation.text(in: language) }
                h2 { text(.practiceCustomerPart) }
                p(.class("prose")) { customerPart.text(in: language) }
                h2 { text(.practiceGoodLooksLike) }
                ol(.class("levels"), .id("entry-good")) {
                    for level in good.keys.sorted() {
                        li(.class(level == screen.item.aimLevel ? "target" : "")) {
                            strong { text(.practiceLevelNumber, ["level": String(level)]) }
                            if level == screen.item.aimLevel { " "; span(.class("badge")) { text(.practiceAimMark) } }
                            " "
                            good[level]!.text(in: language)
                        }
                    }
                }
            }
        }
    }

    static func doForm(_ model: Model, problems: FormProblems, context: PageContext) -> Node {
        let text = context.text
        let item = model.screen.item
        let chosen = model.values["selfScore"]
        return form(.method("post"), .action("/practice/entries/\(model.screen.entry.id)/repetitions"), .class("stacked card"), .id("do-form")) {
            Layout.csrfField(context)
            h2 { text(.practiceDoTitle) }
            fieldset(.id("selfScore")) {
                legend { text(.practiceSelfScoreLabel) }
                if let message = problems.message(for: "selfScore") { p(.class("field-error"), .id("error-selfScore")) { message } }
                for score in PracticeRep.selfScores {
                    let id = "selfScore-\(score)"
                    label(.for(id), .class("level-choice")) {
                        Node.voidElement("input", [.type("radio"), .id(id), .name("selfScore"), .value(String(score))] + (chosen == String(score) ? [.checked] : []))
                        span(.class("level-number")) { String(score) }
                        span { PracticeNames.selfScore(score, text: text) }
                        span {}
                    }
                }
            }
            label(.for("field-note")) {
                item.kind == .microLesson ? text(.practiceAnswerLabel) : text(.practiceNoteLabel)
                span(.class("hint")) { item.kind == .microLesson ? text(.practiceAnswerHint) : text(.practiceNoteHint) }
                textarea(.name("note"), .id("field-note"), Attribute("rows", "4"), Attribute("maxlength", String(PracticeRep.noteLimit))) { model.values["note"] ?? "" }
                if let message = problems.message(for: "note") { span(.class("field-error"), .id("error-note")) { message } }
            }
            button(.type("submit"), .id("do-submit")) { text(.practiceMarkDone) }
        }
    }

    /// The rubric: for each level above the first, the competency's behaviour and — for this
    /// role-play — what that level looks like, marked effective or not yet.
    static func observeForm(_ model: Model, problems: FormProblems, context: PageContext) -> Node {
        let text = context.text
        let language = text.language
        let screen = model.screen
        guard let target = screen.toObserve else {
            return p(.class("meta card"), .id("observe-none")) { text(.practiceNothingToScore) }
        }
        let good: [Int: LocalizedText] = if case .rolePlay(_, _, let good) = screen.item.content { good } else { [:] }
        return form(.method("post"), .action("/practice/repetitions/\(target.rep.id)/observation"), .class("stacked card"), .id("observe-form")) {
            Layout.csrfField(context)
            h2 { text(.practiceScoreTitle, ["day": target.rep.day.description]) }
            p(.class("meta")) { text(.practiceScoreIntro) }
            for level in screen.scale.dropFirst() {
                let field = "level-\(level)"
                let chosen = model.values[field]
                fieldset(.class("rubric-level"), .id(field)) {
                    legend { text(.practiceLevelNumber, ["level": String(level)]) + (level == screen.item.aimLevel ? " · " + text(.practiceAimMark) : "") }
                    p { screen.competency.description(ofLevel: level)?.behavior.text(in: language) ?? "" }
                    if let scenario = good[level] { p(.class("meta")) { scenario.text(in: language) } }
                    if let message = problems.message(for: field) { p(.class("field-error"), .id("error-\(field)")) { message } }
                    div(.class("row")) {
                        for (value, caption) in [("effective", text(.practiceEffective)), ("not-yet", text(.practiceNotYet))] {
                            label(.for("\(field)-\(value)"), .class("inline")) {
                                Node.voidElement("input", [.type("radio"), .id("\(field)-\(value)"), .name(field), .value(value)] + (chosen == value ? [.checked] : []))
                                caption
                            }
                        }
                    }
                }
            }
            label(.for("field-comment")) {
                text(.practiceCommentLabel)
                textarea(.name("comment"), .id("field-comment"), Attribute("rows", "3")) { model.values["comment"] ?? "" }
                if let message = problems.message(for: "comment") { span(.class("field-error"), .id("error-comment")) { message } }
            }
            button(.type("submit"), .id("observe-submit")) { text(.practiceSaveScore) }
        }
    }

    static func history(_ screen: PracticeItemScreen, context: PageContext) -> Node {
        let text = context.text
        return section(.class("card"), .id("entry-history")) {
            h2 { text(.practiceHistoryTitle, ["count": String(screen.repetitions.count)]) }
            if screen.repetitions.isEmpty {
                p(.class("meta")) { text(.practiceNeverDone) }
            } else {
                ul(.class("plain")) {
                    for repetition in screen.repetitions {
                        li {
                            strong { repetition.rep.day.description }
                            " · " + text(.practiceSelfScored, ["score": String(repetition.rep.selfScore)])
                            if let observation = repetition.rep.observation {
                                " · " + text(.practiceObservedLevel, ["level": String(observation.level), "observer": repetition.observerName ?? ""])
                                if screen.notesShown, !observation.comment.isEmpty { br(); span(.class("meta")) { "“" + observation.comment + "”" } }
                            }
                            if screen.notesShown, !repetition.rep.note.isEmpty { br(); span(.class("meta")) { repetition.rep.note } }
                        }
                    }
                }
            }
        }
    }
}
