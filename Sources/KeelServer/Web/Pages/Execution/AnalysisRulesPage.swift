import Foundation
import KeelCharts
import SalesDomain

/// Leadership's rules behind two execution analyses: when a week counts as high-load (the
/// threshold and each person's weekly capacity, with part-time and leave overrides), and when
/// an open deal counts as stalled (the percentile of won deals' time in the stage, and how many
/// won deals a team needs for its own bar); and the order of the deal stages, which the funnel,
/// conversion and time in stage follow; and the currency deal values are imported in.
enum AnalysisRulesPage {
    struct Model: Sendable {
        /// The form's values as text, by field name: stored values, or what was typed when refused.
        var values: [String: String]
        var errors: [FieldError] = []
        var notice: String?
    }

    static let thresholdField = "high-load-threshold"
    static let defaultHoursField = "default-hours"
    static let overridesField = "capacity-overrides"
    static let percentileField = "stall-percentile"
    static let minimumWonField = "stall-minimum-won"
    static let stagesField = "pipeline-stages"
    static let currencyField = "reporting-currency"

    /// The stored rules as the form shows them; overrides name people by e-mail.
    static func values(
        pressure: PressurePolicy, stall: StallPolicy, pipeline: DealPipeline, currency: ReportingCurrency, emails: [Person.ID: String]
    ) -> [String: String] {
        let overrides = pressure.capacity.overrides.map { override in
            ([emails[override.personID] ?? override.personID.description] + (override.week.map { [$0.description] } ?? [])
                + [plain(override.hours)]).joined(separator: "; ")
        }
        return [
            thresholdField: plain(pressure.highLoadThreshold),
            defaultHoursField: plain(pressure.capacity.defaultHours),
            overridesField: overrides.joined(separator: "\n"),
            percentileField: plain(stall.percentile * 100),
            minimumWonField: String(stall.minimumWonDeals),
            stagesField: pipeline.stages.map(\.rawValue).joined(separator: "\n"),
            currencyField: currency.code,
        ]
    }

    /// A number as typed into a form: no grouping, a point, no trailing zeros.
    static func plain(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        let problems = FormProblems(model.errors, text: text)
        return Layout.page(title: text(.analysisRulesTitle), context: context) {
            h1(.id("analysis-rules-title")) { text(.analysisRulesTitle) }
            p(.class("meta")) { text(.analysisRulesIntro) }
            if let notice = model.notice { p(.class("notice"), .id("notice"), Attribute("role", "status")) { notice } }
            if !problems.isEmpty {
                FormErrorSummary.render(problems, labels: [
                    thresholdField: text(.analysisRulesThreshold), defaultHoursField: text(.analysisRulesDefaultHours),
                    overridesField: text(.analysisRulesOverrides), percentileField: text(.analysisRulesPercentile),
                    minimumWonField: text(.analysisRulesMinimumWon), stagesField: text(.analysisRulesStages),
                    currencyField: text(.analysisRulesCurrency),
                ], context: context, anchorPrefix: "field-")
            }
            form(.method("post"), .action("/settings/analysis-rules"), .class("stacked"), .id("analysis-rules")) {
                Layout.csrfField(context)
                fieldset(.class("card")) {
                    legend { text(.pressureTitle) }
                    FormField.text(thresholdField, label: text(.analysisRulesThreshold), value: model.values[thresholdField] ?? "",
                                   problems: problems, hint: text(.analysisRulesThresholdHint))
                    FormField.text(defaultHoursField, label: text(.analysisRulesDefaultHours), value: model.values[defaultHoursField] ?? "",
                                   problems: problems)
                    textArea(overridesField, label: text(.analysisRulesOverrides), hint: text(.analysisRulesOverridesHint),
                             model: model, problems: problems)
                    p(.class("meta")) { text(.analysisRulesRebuildNote) }
                }
                fieldset(.class("card")) {
                    legend { text(.stalledTitle) }
                    FormField.text(percentileField, label: text(.analysisRulesPercentile), value: model.values[percentileField] ?? "",
                                   problems: problems, hint: text(.analysisRulesPercentileHint))
                    FormField.text(minimumWonField, label: text(.analysisRulesMinimumWon), value: model.values[minimumWonField] ?? "",
                                   problems: problems, hint: text(.analysisRulesMinimumWonHint))
                }
                fieldset(.class("card"), .id("stage-order")) {
                    legend { text(.analysisRulesStagesTitle) }
                    textArea(stagesField, label: text(.analysisRulesStages), hint: text(.analysisRulesStagesHint), model: model, problems: problems)
                    p(.class("meta")) { text(.analysisRulesStagesNote) }
                }
                fieldset(.class("card"), .id("deal-values")) {
                    legend { text(.analysisRulesCurrencyTitle) }
                    FormField.choice(currencyField, label: text(.analysisRulesCurrency), options: currencyOptions(language: text.language),
                                     selected: model.values[currencyField], problems: problems, hint: text(.analysisRulesCurrencyHint))
                }
                div { button(.type("submit"), .id("save-analysis-rules")) { text(.formSave) } }
            }
        }
    }

    /// Every currency in circulation by code, named in the reader's language as a hint to the code.
    static func currencyOptions(language: Language) -> [(value: String, label: String)] {
        let locale = Locale(identifier: language.rawValue)
        return ReportingCurrency.choices.map { currency in
            (currency.code, locale.localizedString(forCurrencyCode: currency.code).map { "\(currency.code) – \($0)" } ?? currency.code)
        }
    }

    /// A labelled text area holding one item per line, with its hint and problem.
    static func textArea(_ field: String, label labelText: String, hint: String, model: Model, problems: FormProblems) -> Node {
        label(.for("field-\(field)")) {
            labelText
            span(.class("hint")) { hint }
            Node.element("textarea", [.id("field-\(field)"), .name(field), Attribute("rows", "5")]
                         + (problems.message(for: field) != nil
                            ? [Attribute("aria-invalid", "true"), .aria("describedby", "error-\(field)")] : []),
                         [.text(model.values[field] ?? "")])
            if let message = problems.message(for: field) {
                span(.class("field-error"), .id("error-\(field)")) { message }
            }
        }
    }
}
