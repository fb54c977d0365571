import Foundation
import SalesDomain

/// The role profile form's fields — per competency `applies-{id}` (a checkbox), `target-{id}`
/// and `weight-{id}` — and how a posted form becomes the profile's entries.
///
/// The form only reads what was typed; whether a target is on the scale or a weight is above 0
/// is `RoleProfile.validate(against:)`'s rule, checked when the store saves. `fieldError` points
/// that rule's refusal back at the field on the form, so the rule lives in one place.
enum RoleProfileForm {
    static func appliesField(_ competency: Competency.ID) -> String { "applies-\(competency)" }
    static func targetField(_ competency: Competency.ID) -> String { "target-\(competency)" }
    static func weightField(_ competency: Competency.ID) -> String { "weight-\(competency)" }

    /// The level a competency ticked for the first time starts at: the middle of the scale.
    static func defaultTarget(on scale: RatingScale) -> Int {
        (RatingScale.minimumLevel + scale.maximum + 1) / 2
    }

    /// A weight as a number input takes it back: "2", "1.5".
    static func weightText(_ weight: Double) -> String {
        weight == weight.rounded() && abs(weight) < 1e15 ? String(Int(weight)) : String(weight)
    }

    /// The ticked competencies of `framework`, in its order, with target and weight as typed.
    /// A weight may be written with a decimal comma, as Swedes and Norwegians do.
    ///
    /// `kept` are stored entries for competencies the form does not show (prepared for a newer
    /// draft of the framework); they are carried over so saving the form never drops them.
    static func entries(
        from fields: [String: String], framework: CompetencyFramework, kept: [RoleProfileEntry], text: Localizer
    ) throws(FieldError) -> [RoleProfileEntry] {
        var entries: [RoleProfileEntry] = []
        for competency in framework.competencies where fields[appliesField(competency.id)] != nil {
            let name = competency.name.text(in: text.language)
            let targetField = targetField(competency.id)
            guard let target = Int(fields[targetField]?.trimmingCharacters(in: .whitespaces) ?? "") else {
                throw FieldError(field: targetField, code: .invalidValue,
                                 .roleProfileTargetInvalid, ["competency": name, "scale": framework.scale.description])
            }
            let weightField = weightField(competency.id)
            let typed = (fields[weightField] ?? "").trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
            guard let weight = Double(typed) else {
                throw FieldError(field: weightField, code: .invalidValue, .roleProfileWeightInvalid, ["competency": name])
            }
            entries.append(RoleProfileEntry(competencyID: competency.id, targetLevel: target, weight: weight))
        }
        let shown = Set(framework.competencies.map(\.id))
        return entries + kept.filter { !shown.contains($0.competencyID) }
    }

    /// The store's refusal of `entries`, named after the form's field and said in the viewer's
    /// language where the form knows the rule: `entries[2].weight` becomes `weight-{id}`.
    static func fieldError(
        _ error: FieldError, entries: [RoleProfileEntry], framework: CompetencyFramework, text: Localizer
    ) -> FieldError {
        if error.field == "entries" {
            return FieldError(field: framework.competencies.first.map { appliesField($0.id) } ?? error.field,
                              code: error.code, .roleProfileNothingChosen)
        }
        guard let match = error.field.wholeMatch(of: /entries\[(\d+)\]\.(\w+)/), let index = Int(match.1), entries.indices.contains(index)
        else { return error }
        let competency = entries[index].competencyID
        let name = framework.competency(competency)?.name.text(in: text.language) ?? competency.description
        switch match.2 {
        case "targetLevel":
            return FieldError(field: targetField(competency), code: error.code,
                              .roleProfileTargetInvalid, ["competency": name, "scale": framework.scale.description])
        case "weight":
            return FieldError(field: weightField(competency), code: error.code, .roleProfileWeightInvalid, ["competency": name])
        default:
            return FieldError(field: appliesField(competency), code: error.code, error.problem)
        }
    }
}
