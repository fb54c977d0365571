import Foundation
import KeelCharts
import KeelStore
import SalesDomain

/// `/competence/role-profiles/view` and `/competence/role-profiles/edit`: one role profile —
/// a job role, for all markets or one — on the newest published version of a framework.
/// Everyone reads which competencies apply, the target level with what that level looks like,
/// and the weight; leadership edits the same profile as a form, one row per competency of the
/// framework by area, and saves it whole.
enum RoleProfilePage {
    enum Mode: String, Sendable {
        case view, edit
    }

    struct Model: Sendable {
        var framework: CompetencyFramework
        var jobRole: JobRole
        var market: Market?
        /// The stored profile; `nil` on the edit form of a role and market that have none yet.
        var stored: RoleProfile?
        var mode: Mode
        /// What the form held when it was refused, by field name.
        var entered: [String: String]?
        var errors: [FieldError] = []
        var notice: String?
    }

    static func path(_ mode: Mode, framework: CompetencyFramework.ID, jobRole: JobRole, market: Market.ID?) -> String {
        "/competence/role-profiles/\(mode.rawValue)?framework=\(framework)&jobRole=\(jobRole.rawValue)&market=\(market?.description ?? "")"
    }

    static func path(_ mode: Mode, of model: Model) -> String {
        path(mode, framework: model.framework.id, jobRole: model.jobRole, market: model.market?.id)
    }

    static func title(_ model: Model, text: Localizer) -> String {
        text(.roleProfileTitle, ["role": text.name(of: model.jobRole), "market": model.market.map(text.market) ?? text(.roleProfilesAllMarkets)])
    }

    static func columnHeads(_ keys: [TextKey], text: Localizer) -> Node {
        thead { tr { for key in keys { th(Attribute("scope", "col")) { text(key) } } } }
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        let framework = model.framework
        return Layout.page(title: title(model, text: text), context: context) {
            p { a(.href("/competence/role-profiles?framework=\(framework.id)"), .id("role-profiles-back")) { text(.roleProfilesBack) } }
            h1(.id("role-profile-title")) { title(model, text: text) }
            p(.class("meta"), .id("role-profile-meta")) {
                text(.roleProfileMeta, [
                    "framework": framework.name.text(in: text.language), "version": String(framework.version),
                    "scale": framework.scale.description,
                ])
            }
            if let notice = model.notice { p(.class("notice"), .id("role-profile-notice"), Attribute("role", "status")) { notice } }
            if !model.errors.isEmpty {
                FormErrorSummary.render(FormProblems(model.errors, text: text), context: context)
            }
            switch model.mode {
            case .view: entriesView(model, context: context)
            case .edit: editForm(model, context: context)
            }
        }
    }

    static func entriesView(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        let language = text.language
        let numbers = ChartNumberFormat(languageTag: language.rawValue)
        let profile = model.stored
        return fragment {
            if let profile {
                p(.id("role-profile-applies")) { text(.roleProfileAppliesTo, ["count": String(profile.entries.count)]) }
                if context.can(.configureRules) {
                    p { a(.href(path(.edit, of: model)), .id("edit-role-profile")) { text(.roleProfileEdit) } }
                }
                for area in model.framework.areas where area.competencies.contains(where: { profile.includes($0.id) }) {
                    section(.class("card"), .id("area-\(area.key)")) {
                        h2 { area.name.text(in: language) }
                        div(.class("table-wrap")) {
                            table {
                                columnHeads([.columnCompetency, .columnTargetLevel, .columnWeight, .roleProfileAtTarget], text: text)
                                tbody {
                                    for competency in area.competencies {
                                        if let entry = profile.entry(for: competency.id) {
                                            tr(.id("entry-\(competency.id)")) {
                                                th(Attribute("scope", "row")) { competency.name.text(in: language) }
                                                td(.class("num target")) { String(entry.targetLevel) }
                                                td(.class("num weight")) { numbers.number(entry.weight, maximumFractionDigits: 2) }
                                                td { competency.levels.first { $0.level == entry.targetLevel }?.behavior.text(in: language) ?? "" }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    static func editForm(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        let language = text.language
        let scale = model.framework.scale
        return fragment {
            p(.class("meta")) { text(.roleProfileEditIntro) }
            if model.stored == nil { p(.class("notice"), .id("role-profile-not-stored")) { text(.roleProfileNotStored) } }
            form(.method("post"), .action(path(.edit, of: model)), .class("stacked role-profile-form"), .id("role-profile-form")) {
                Layout.csrfField(context)
                for area in model.framework.areas {
                    fieldset(.class("card"), .id("area-\(area.key)")) {
                        legend { area.name.text(in: language) }
                        div(.class("table-wrap")) {
                            table {
                                columnHeads([.columnCompetency, .columnApplies, .columnTargetLevel, .columnWeight], text: text)
                                tbody {
                                    for competency in area.competencies {
                                        competencyRow(competency, model: model, scale: scale, context: context)
                                    }
                                }
                            }
                        }
                    }
                }
                button(.type("submit"), .id("save-role-profile")) { text(.roleProfileSave) }
            }
        }
    }

    /// One competency's controls, holding what was typed on a refused form, else the stored
    /// profile, else an unticked row at the middle of the scale with weight 1.
    static func competencyRow(_ competency: Competency, model: Model, scale: RatingScale, context: PageContext) -> Node {
        let text = context.text
        let name = competency.name.text(in: text.language)
        let applies = RoleProfileForm.appliesField(competency.id)
        let target = RoleProfileForm.targetField(competency.id)
        let weight = RoleProfileForm.weightField(competency.id)
        let entry = model.stored?.entry(for: competency.id)
        let ticked = model.entered.map { $0[applies] != nil } ?? (entry != nil)
        let chosenTarget = model.entered?[target] ?? String(entry?.targetLevel ?? RoleProfileForm.defaultTarget(on: scale))
        let typedWeight = model.entered?[weight] ?? entry.map { RoleProfileForm.weightText($0.weight) } ?? "1"
        let problems = FormProblems(model.errors.filter { [applies, target, weight].contains($0.field) }, text: text)
        let messageID = "problems-\(competency.id)"
        func marked(_ field: String) -> [Attribute] {
            problems.message(for: field) == nil ? [] : [Attribute("aria-invalid", "true"), .aria("describedby", messageID)]
        }
        let levels = scale.levels.map(String.init)
        let row = tr(.id("competency-\(competency.id)")) {
            th(Attribute("scope", "row")) { label(.for(applies)) { name } }
            td {
                Node.voidElement("input", [.type("checkbox"), .id(applies), .name(applies), .value("true")]
                    + (ticked ? [.checked] : []) + marked(applies))
            }
            td {
                element("select", [.id(target), .name(target), .aria("label", "\(text(.columnTargetLevel)): \(name)")] + marked(target)) {
                    for level in levels {
                        element("option", [.value(level)] + (level == chosenTarget ? [.selected] : [])) { level }
                    }
                    // A refused value off the scale stays visible, so the message has something to point at.
                    if !levels.contains(chosenTarget) { option(.value(chosenTarget), .selected) { chosenTarget } }
                }
            }
            td {
                Node.voidElement("input", [
                    .type("number"), .id(weight), .name(weight), .value(typedWeight), Attribute("step", "any"), Attribute("min", "0"),
                    Attribute("inputmode", "decimal"), .aria("label", "\(text(.columnWeight)): \(name)"),
                ] + marked(weight))
            }
        }
        guard !problems.isEmpty else { return row }
        // The row's problems on a line of their own under it, where the fix goes, so a narrow
        // table keeps its columns and a screen reader reads them with the control.
        return fragment {
            row
            tr(.class("row-problems")) {
                td(Attribute("colspan", "4")) {
                    span(.class("field-error"), .id(messageID)) { problems.entries.map(\.message).joined(separator: " ") }
                }
            }
        }
    }
}
