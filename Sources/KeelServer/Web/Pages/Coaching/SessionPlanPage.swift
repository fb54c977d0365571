import Foundation
import SalesDomain

/// `/coaching/sessions/new`: a coach plans a session — with whom, what kind, when, for how
/// long, and what it is about — starting from what the diagnosis suggests for that seller.
enum SessionPlanPage {
    struct Model: Sendable {
        var choices: SessionPlanChoices
        /// The form's values as typed (or prefilled from the suggestion), by field name.
        var values: [String: String]
        var errors: [FieldError] = []
    }

    static let durations = [15, 30, 45, 60, 90, 120]

    static func render(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        let choices = model.choices
        let problems = FormProblems(model.errors, text: text)
        return Layout.page(title: text(.planTitle), context: context) {
            h1(.id("plan-title")) { text(.planTitle) }
            p(.class("meta")) { text(.planIntro) }
            if !problems.isEmpty {
                FormErrorSummary.render(problems, labels: labels(text), context: context, anchorPrefix: "field-")
            }
            if choices.sellers.isEmpty {
                p(.class("notice"), .id("plan-no-sellers")) { text(.planNoSellers) }
            } else if choices.seller == nil && problems.isEmpty {
                // A refused plan comes back whole, so every problem in the summary has its field.
                chooseSeller(choices, context: context)
            } else {
                if let suggestion = choices.suggestion { suggested(suggestion, choices: choices, context: context) }
                planForm(model, problems: problems, context: context)
            }
        }
    }

    static func labels(_ text: Localizer) -> [String: String] {
        [
            "sellerID": text(.columnSeller), "type": text(.planType), "date": text(.planDate), "time": text(.planTime),
            "durationMinutes": text(.planDuration), "focus": text(.planFocus),
        ]
    }

    static func chooseSeller(_ choices: SessionPlanChoices, context: PageContext) -> Node {
        let text = context.text
        return form(.method("get"), .action("/coaching/sessions/new"), .class("card stacked"), .id("plan-choose-seller")) {
            FormField.choice(
                "seller", id: "field-sellerID", label: text(.planWithWhom), options: choices.sellers.map { ($0.id.description, $0.name) }, selected: nil,
                problems: FormProblems([], text: text))
            button(.type("submit")) { text(.planContinue) }
        }
    }

    static func suggested(_ suggestion: CoachingSuggestion, choices: SessionPlanChoices, context: PageContext) -> Node {
        let text = context.text
        return section(.class("card suggestion"), .id("plan-suggestion")) {
            h2 { text(.planSuggestionTitle) }
            p {
                strong { CoachingNames.type(suggestion.type, text: text) }
                if let focus = suggestion.focus { " — " + CoachingNames.focus(focus, names: choices.focusNames, text: text) }
            }
            p(.class("meta")) { CoachingNames.reason(suggestion.reason, text: text) + " " + text(.planSuggestionChoice) }
            if let seller = choices.seller {
                a(.href(CoachingPage.planLink(seller: seller, suggestion: suggestion)), .class("button-link"), .id("plan-use-suggestion")) {
                    text(.planUseSuggestion)
                }
            }
        }
    }

    static func planForm(_ model: Model, problems: FormProblems, context: PageContext) -> Node {
        let text = context.text
        let choices = model.choices
        let values = model.values
        return form(.method("post"), .action("/coaching/sessions"), .class("card stacked"), .id("plan-form")) {
            Layout.csrfField(context)
            FormField.choice(
                "sellerID", label: text(.planWithWhom), options: choices.sellers.map { ($0.id.description, $0.name) },
                selected: values["sellerID"] ?? choices.seller?.description, problems: problems)
            fieldset(.id("field-type")) {
                legend { text(.planType) }
                if let message = problems.message(for: "type") { p(.class("field-error"), .id("error-type")) { message } }
                for type in CoachingSessionType.allCases {
                    label(.class("choice-row"), .for("type-\(type.rawValue)")) {
                        if values["type"] == type.rawValue {
                            input(.type("radio"), .name("type"), .value(type.rawValue), .id("type-\(type.rawValue)"), .checked, .required)
                        } else {
                            input(.type("radio"), .name("type"), .value(type.rawValue), .id("type-\(type.rawValue)"), .required)
                        }
                        span {
                            strong { CoachingNames.type(type, text: text) }
                            span(.class("hint")) { CoachingNames.typeHint(type, text: text) }
                        }
                    }
                }
            }
            div(.class("row")) {
                FormField.text("date", label: text(.planDate), value: values["date"] ?? "", type: "date", problems: problems)
                FormField.text("time", label: text(.planTime), value: values["time"] ?? "09:00", type: "time", problems: problems)
                FormField.choice(
                    "durationMinutes", label: text(.planDuration),
                    options: durations.map { (String($0), text(.planMinutes, ["minutes": String($0)])) },
                    selected: values["durationMinutes"] ?? "30", problems: problems)
            }
            focusChoice("focus", label: text(.planFocus), hint: text(.planFocusHint), selected: values["focus"], choices: choices,
                        problems: problems, context: context)
            if values["suggested"] == "1" { input(.type("hidden"), .name("suggested"), .value("1")) }
            button(.type("submit"), .id("plan-submit")) { text(.planSubmit) }
        }
    }

    /// One list of everything a session or a next step may be about, grouped; values are
    /// `kind:reference` as the API's focus.
    static func focusChoice(
        _ name: String, id: String? = nil, label labelText: String, hint: String? = nil, selected: String?, choices: SessionPlanChoices,
        problems: FormProblems, context: PageContext
    ) -> Node {
        let text = context.text
        let message = problems.message(for: name)
        let id = id ?? "field-\(name)"
        func choice(_ value: String, _ label: String) -> Node {
            value == selected ? option(.value(value), .selected) { label } : option(.value(value)) { label }
        }
        return label(.for(id)) {
            labelText
            if let hint { span(.class("hint")) { hint } }
            select(.name(name), .id(id)) {
                option(.value("")) { text(.planNoFocus) }
                element("optgroup", [Attribute("label", text(.planFocusCompetencies))]) {
                    for competency in choices.competencies {
                        choice("competency:\(competency.id)", "\(competency.name.text(in: text.language)) (\(competency.area.text(in: text.language)))")
                    }
                }
                element("optgroup", [Attribute("label", text(.planFocusKPIs))]) {
                    for type in choices.activityTypes {
                        choice("activity_type:\(type.rawValue)", text(.focusActivityType, ["type": context.text.activityType(type)]))
                    }
                }
                if !choices.deals.isEmpty {
                    element("optgroup", [Attribute("label", text(.planFocusDeals))]) {
                        for deal in choices.deals {
                            choice("deal:\(deal.id)", choices.focusNames.deals[deal.id].map { CoachingNames.deal($0, text: text) } ?? deal.name)
                        }
                    }
                }
                if !choices.meetings.isEmpty {
                    element("optgroup", [Attribute("label", text(.planFocusMeetings))]) {
                        for meeting in choices.meetings {
                            choice("meeting:\(meeting.id)", choices.focusNames.meetings[meeting.id].map { CoachingNames.meeting($0, text: text) } ?? meeting.name)
                        }
                    }
                }
            }
            if let message { span(.class("field-error"), .id("error-\(name)")) { message } }
        }
    }
}
