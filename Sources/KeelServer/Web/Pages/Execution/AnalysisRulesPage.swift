import Foundation
import KeelCharts
import SalesDomain

/// Leadership's rules behind two execution analyses: when a week counts as high-load (the
/// threshold and each person's weekly capacity, with part-time and leave overrides), and when
/// an open deal counts as stalled (the percentile of won deals' time in the stage, and how many
/// won deals a team needs for its own bar).
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

    /// The stored rules as the form shows them; overrides name people by e-mail.
    static func values(pressure: PressurePolicy, stall: StallPolicy, emails: [Person.ID: String]) -> [String: String] {
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
                    minimumWonField: text(.analysisRulesMinimumWon),
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
                    label(.for("field-\(overridesField)")) {
                        text(.analysisRulesOverrides)
                        span(.class("hint")) { text(.analysisRulesOverridesHint) }
                        Node.element("textarea", [.id("field-\(overridesField)"), .name(overridesField), Attribute("rows", "5")]
                                     + (problems.message(for: overridesField) != nil
                                        ? [Attribute("aria-invalid", "true"), .aria("describedby", "error-\(overridesField)")] : []),
                                     [.text(model.values[overridesField] ?? "")])
                        if let message = problems.message(for: overridesField) {
                            span(.class("field-error"), .id("error-\(overridesField)")) { message }
                        }
                    }
                    p(.class("meta")) { text(.analysisRulesRebuildNote) }
                }
                fieldset(.class("card")) {
                    legend { text(.stalledTitle) }
                    FormField.text(percentileField, label: text(.analysisRulesPercentile), value: model.values[percentileField] ?? "",
                                   problems: problems, hint: text(.analysisRulesPercentileHint))
                    FormField.text(minimumWonField, label: text(.analysisRulesMinimumWon), value: model.values[minimumWonField] ?? "",
                                   problems: problems, hint: text(.analysisRulesMinimumWonHint))
                }
                div { button(.type("submit"), .id("save-analysis-rules")) { text(.formSave) } }
            }
        }
    }
}
