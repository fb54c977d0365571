import SalesDomain

/// Leadership's coaching settings (SPEC §4): the rhythm each seller should be coached in, and
/// the agenda of each kind of session in English, Swedish and Norwegian — one item per line,
/// the same line in each language.
enum CoachingSettingsPage {
    struct Model: Sendable {
        /// The form's values by field name: stored, or what was typed when refused.
        var values: [String: String]
        var errors: [FieldError] = []
        var notice: String?
    }

    static let policyFields = ["minimumPerMonth", "maximumPerMonth", "maximumDaysBetween"]
    /// Each language by its own name, as the language switch shows them.
    static let languages: [(code: String, name: String)] = [("en", "English"), ("sv", "Svenska"), ("nb", "Norsk (bokmål)")]

    static func agendaField(_ type: CoachingSessionType, _ language: String) -> String { "agenda-\(type.rawValue)-\(language)" }

    static func values(policy: CadencePolicy, agendas: [AgendaTemplate]) -> [String: String] {
        var values = [
            "minimumPerMonth": String(policy.minimumPerMonth), "maximumPerMonth": String(policy.maximumPerMonth),
            "maximumDaysBetween": String(policy.maximumDaysBetween),
        ]
        for agenda in agendas {
            values[agendaField(agenda.type, "en")] = agenda.items.map { $0.english ?? "" }.joined(separator: "\n")
            values[agendaField(agenda.type, "sv")] = agenda.items.map { $0.swedish ?? "" }.joined(separator: "\n")
            values[agendaField(agenda.type, "nb")] = agenda.items.map { $0.norwegianBokmal ?? "" }.joined(separator: "\n")
        }
        return values
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        let problems = FormProblems(model.errors, text: text)
        var labels = [
            "minimumPerMonth": text(.settingsCadenceMinimum), "maximumPerMonth": text(.settingsCadenceMaximum),
            "maximumDaysBetween": text(.settingsCadenceDays),
        ]
        for type in CoachingSessionType.allCases {
            for (code, name) in languages { labels[agendaField(type, code)] = CoachingNames.type(type, text: text) + " (\(name))" }
        }
        return Layout.page(title: text(.settingsCoachingTitle), context: context) {
            h1(.id("coaching-settings-title")) { text(.settingsCoachingTitle) }
            p(.class("meta")) { text(.settingsCoachingIntro) }
            if let notice = model.notice { p(.class("notice"), .id("notice"), Attribute("role", "status")) { notice } }
            if !problems.isEmpty { FormErrorSummary.render(problems, labels: labels, context: context, anchorPrefix: "field-") }
            form(.method("post"), .action("/settings/coaching"), .class("stacked wide"), .id("coaching-settings")) {
                Layout.csrfField(context)
                fieldset(.class("card"), .id("cadence")) {
                    legend { text(.settingsCadenceTitle) }
                    for field in policyFields {
                        FormField.text(field, label: labels[field] ?? field, value: model.values[field] ?? "", type: "number", problems: problems)
                    }
                }
                for type in CoachingSessionType.allCases {
                    fieldset(.class("card agenda-languages"), .id("agenda-\(type.rawValue)")) {
                        legend { CoachingNames.type(type, text: text) }
                        p(.class("hint")) { text(.settingsAgendaHint) }
                        div(.class("row")) {
                            for (code, name) in languages {
                                let field = agendaField(type, code)
                                label(.for("field-\(field)")) {
                                    name
                                    textarea(.name(field), .id("field-\(field)"), Attribute("lang", code), Attribute("rows", "6"), Attribute("wrap", "off")) { model.values[field] ?? "" }
                                    if let message = problems.message(for: field) { span(.class("field-error"), .id("error-\(field)")) { message } }
                                }
                            }
                        }
                    }
                }
                button(.type("submit"), .id("coaching-settings-save")) { text(.settingsCoachingSave) }
            }
        }
    }
}
