import Foundation
import SalesDomain

/// Leadership's settings of the diagnosis (SPEC §3): the thresholds, and for one framework
/// version which activity types and stages show each competency area being used.
enum DiagnosisSettingsPage {
    struct Model: Sendable {
        var framework: CompetencyFramework
        /// Published versions to switch between, newest first.
        var versions: [FrameworkVersionReference]
        var map: DiagnosisSignalMap
        var activityTypes: [ActivityType]
        var stages: [DealStage]
        /// The form's threshold values as text, by field name: stored, or what was typed when refused.
        var values: [String: String]
        var errors: [FieldError] = []
        var notice: String?
    }

    static let percentFields: Set<String> = ["executionThreshold", "structuralShare", "stallShare"]
    static let policyFields = ["tolerance", "executionThreshold", "minimumPlannedActivities", "minimumDecidedDeals", "structuralShare", "stallShare"]

    static func values(_ policy: DiagnosisPolicy) -> [String: String] {
        [
            "tolerance": AnalysisRulesPage.plain(policy.tolerance),
            "executionThreshold": AnalysisRulesPage.plain(policy.executionThreshold * 100),
            "minimumPlannedActivities": String(policy.minimumPlannedActivities),
            "minimumDecidedDeals": String(policy.minimumDecidedDeals),
            "structuralShare": AnalysisRulesPage.plain(policy.structuralShare * 100),
            "stallShare": AnalysisRulesPage.plain(policy.stallShare * 100),
        ]
    }

    static func typeField(_ area: String, _ type: ActivityType) -> String { "type:\(area):\(type.rawValue)" }
    static func stageField(_ area: String, _ stage: DealStage) -> String { "stage:\(area):\(stage.rawValue)" }

    static func labels(_ text: Localizer) -> [String: String] {
        [
            "tolerance": text(.diagnosisSettingsTolerance), "executionThreshold": text(.diagnosisSettingsThreshold),
            "minimumPlannedActivities": text(.diagnosisSettingsMinimumActivities), "minimumDecidedDeals": text(.diagnosisSettingsMinimumDeals),
            "structuralShare": text(.diagnosisSettingsStructuralShare), "stallShare": text(.diagnosisSettingsStallShare),
            "areas": text(.diagnosisSettingsSignals),
        ]
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        let problems = FormProblems(model.errors, text: text)
        let labels = labels(text)
        let reference = FrameworkVersionReference(frameworkID: model.framework.id, version: model.framework.version)
        let action = "/settings/diagnosis?framework=\(model.framework.id)&version=\(model.framework.version)"
        return Layout.page(title: text(.diagnosisSettingsTitle), context: context) {
            h1(.id("diagnosis-settings-title")) { text(.diagnosisSettingsTitle) }
            p(.class("meta")) { text(.diagnosisSettingsIntro) }
            if let notice = model.notice { p(.class("notice"), .id("notice"), Attribute("role", "status")) { notice } }
            if !problems.isEmpty {
                FormErrorSummary.render(problems, labels: labels, context: context, anchorPrefix: "field-")
            }
            form(.method("post"), .action(action), .class("stacked wide"), .id("diagnosis-settings")) {
                Layout.csrfField(context)
                fieldset(.class("card")) {
                    legend { text(.diagnosisSettingsThresholds) }
                    FormField.text("tolerance", label: labels["tolerance"]!, value: model.values["tolerance"] ?? "", problems: problems,
                                   hint: text(.diagnosisSettingsToleranceHint))
                    FormField.text("executionThreshold", label: labels["executionThreshold"]!, value: model.values["executionThreshold"] ?? "",
                                   problems: problems, hint: text(.diagnosisSettingsThresholdHint))
                    FormField.text("minimumPlannedActivities", label: labels["minimumPlannedActivities"]!,
                                   value: model.values["minimumPlannedActivities"] ?? "", problems: problems)
                    FormField.text("minimumDecidedDeals", label: labels["minimumDecidedDeals"]!, value: model.values["minimumDecidedDeals"] ?? "",
                                   problems: problems)
                    FormField.text("structuralShare", label: labels["structuralShare"]!, value: model.values["structuralShare"] ?? "",
                                   problems: problems, hint: text(.diagnosisSettingsStructuralShareHint))
                    FormField.text("stallShare", label: labels["stallShare"]!, value: model.values["stallShare"] ?? "", problems: problems,
                                   hint: text(.diagnosisSettingsStallShareHint))
                }
                section(.class("card"), .id("field-areas")) {
                    h2 { text(.diagnosisSettingsSignals) }
                    p(.class("meta")) {
                        text(.diagnosisSettingsSignalsIntro, ["framework": model.framework.name.text(in: text.language), "version": String(reference.version)])
                    }
                    if model.versions.count > 1 {
                        p(.class("meta")) {
                            for (index, version) in model.versions.enumerated() {
                                if index > 0 { " · " }
                                a(.href("/settings/diagnosis?framework=\(version.frameworkID)&version=\(version.version)")) {
                                    text(.diagnosisSettingsVersion, ["version": String(version.version)])
                                }
                            }
                        }
                    }
                    if let message = problems.message(for: "areas") { p(.class("field-error"), .id("error-areas")) { message } }
                    for area in model.framework.areas {
                        let signals = model.map.signals(for: area.key)
                        fieldset(.class("signals"), .id("signals-\(area.key)")) {
                            legend { area.name.text(in: text.language) }
                            div(.class("checks")) {
                                for type in model.activityTypes {
                                    checkbox(typeField(area.key, type), label: context.text.activityType(type), checked: signals.activityTypes.contains(type))
                                }
                            }
                            div(.class("checks stages")) {
                                span(.class("meta")) { text(.diagnosisSettingsStages) }
                                for stage in model.stages {
                                    checkbox(stageField(area.key, stage), label: context.text.stage(stage), checked: signals.stages.contains(stage))
                                }
                            }
                        }
                    }
                }
                div { button(.type("submit"), .id("save-diagnosis-settings")) { text(.formSave) } }
            }
        }
    }

    static func checkbox(_ name: String, label labelText: String, checked: Bool) -> Node {
        var attributes: [Attribute] = [.type("checkbox"), .name(name), .value("on"), .id(name)]
        if checked { attributes.append(Attribute("checked", nil)) }
        return label(.class("check")) {
            Node.voidElement("input", attributes)
            labelText
        }
    }
}
