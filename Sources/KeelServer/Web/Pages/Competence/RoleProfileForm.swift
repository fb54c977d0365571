import Foundation
import SalesDomain

/// The role profile form's fields — per competency `applies-{id}` (a checkbox), `target-{id}`
/// and `weight-{id}` — and how a posted form becomes the profile's entries.
///
/// The form only reads what was typed; whether a target is on the scale or a weight is above 0
/// is `RoleProfile.problems(against:)`'s rule, checked when the store saves and, when a field
/// cannot be read, beside that on what could be. `fieldError` points each of the rule's
/// problems back at the field on the form, so the rule lives in one place.
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

    /// The ticked competencies of `framework`, in its order, with target and weight as typed,
    /// and a problem for each target or weight that is no number. A weight may be written with a
    /// decimal comma, as Swedes and Norwegians do. A target or weight that cannot be read is
    /// replaced in its entry by a value the rules accept, so everything else can still be checked
    /// (``RoleProfile/problems(against:)``) and every problem shown at once; such entries are
    /// never saved, since the form is refused while `unreadable` is not empty.
    ///
    /// `kept` are stored entries for competencies the form does not show (prepared for a newer
    /// draft of the framework); they are carried over so saving the form never drops them.
    static func entries(
        from fields: [String: String], framework: CompetencyFramework, kept: [RoleProfileEntry], text: Localizer
    ) -> (entries: [RoleProfileEntry], unreadable: [FieldError]) {
        var entries: [RoleProfileEntry] = []
        var unreadable: [FieldError] = []
        for competency in framework.competencies where fields[appliesField(competency.id)] != nil {
            let name = competency.name.text(in: text.language)
            let targetField = targetField(competency.id)
            let target = Int(fields[targetField]?.trimmingCharacters(in: .whitespaces) ?? "")
            if target == nil {
                unreadable.append(FieldError(field: targetField, code: .invalidValue,
                                             .roleProfileTargetInvalid, ["competency": name, "scale": framework.scale.description]))
            }
            let weightField = weightField(competency.id)
            let typed = (fields[weightField] ?? "").trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
            let weight = Double(typed)
            if weight == nil {
                unreadable.append(FieldError(field: weightField, code: .invalidValue, .roleProfileWeightInvalid, ["competency": name]))
            }
            // A part that cannot be read stands in at a value the rules accept, so the other part
            // is still checked; the form is refused for the unreadable part all the same.
            entries.append(RoleProfileEntry(
                competencyID: competency.id, targetLevel: target ?? defaultTarget(on: framework.scale), weight: weight ?? 1))
        }
        let shown = Set(framework.competencies.map(\.id))
        return (entries + kept.filter { !shown.contains($0.competencyID) }, unreadable)
    }

    /// Every problem of a submitted form in the form's order — competency by competency, its
    /// target before its weight — whether the form could not read it or the profile's rules
    /// refuse it.
    static func inFormOrder(_ errors: [FieldError], framework: CompetencyFramework) -> [FieldError] {
        let fieldOrder = framework.competencies.flatMap { [appliesField($0.id), targetField($0.id), weightField($0.id)] }
        let position = Dictionary(fieldOrder.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        return errors.enumerated()
            .sorted { (position[$0.element.field] ?? Int.max, $0.offset) < (position[$1.element.field] ?? Int.max, $1.offset) }
            .map(\.element)
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
