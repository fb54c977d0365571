import SalesDomain

/// Adding or changing a goal: whose it is (a new goal only), what, over which days, under which
/// parent, with which weight, and how it is measured. A refused form comes back with every
/// problem at its field and what was typed.
enum GoalFormPage {
    struct Model: Sendable {
        /// `nil` for a new goal.
        var goalID: Goal.ID?
        var board: GoalBoard
        var values: [String: String]
        var errors: [FieldError] = []
    }

    static let fields = ["owner", "title", "start", "due", "parentID", "weight", "measure", "target", "unit"]

    static func values(of goal: Goal) -> [String: String] {
        var values = [
            "owner": GoalNames.ownerValue(goal.owner), "title": goal.title, "start": goal.start.description, "due": goal.due.description,
            "parentID": goal.parentID?.description ?? "", "weight": Self.number(goal.weight), "measure": "none",
        ]
        switch goal.measure {
        case .manual(let target, let unit)?:
            values["measure"] = "manual"
            values["target"] = number(target)
            values["unit"] = unit
        case .kpi(let kpi, let target)?:
            values["measure"] = kpi.rawValue
            values["target"] = number(target)
        case nil: break
        }
        return values
    }

    /// A number as typed back into a field: no fraction when whole.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        let problems = FormProblems(model.errors, text: text)
        let labels = [
            "owner": text(.goalFieldOwner), "title": text(.goalFieldTitle), "start": text(.goalFieldStart), "due": text(.goalFieldDue),
            "parentID": text(.goalFieldParent), "weight": text(.goalFieldWeight), "measure": text(.goalFieldMeasure),
            "target": text(.goalFieldTarget), "unit": text(.goalFieldUnit),
        ]
        let title = model.goalID == nil ? text(.goalFormNewTitle) : text(.goalFormEditTitle, ["title": model.values["title"] ?? ""])
        let parents = model.board.entries.filter { $0.goal.id != model.goalID && $0.goal.owner.level != .individual }
        return Layout.page(title: title, context: context) {
            h1(.id("goal-form-title")) { title }
            p(.class("meta")) { text(.goalFormIntro) }
            if !problems.isEmpty { FormErrorSummary.render(problems, labels: labels, context: context, anchorPrefix: "field-") }
            form(
                .method("post"), .action(model.goalID.map { "/goals/\($0)" } ?? "/goals"), .class("stacked card"), .id("goal-form")
            ) {
                Layout.csrfField(context)
                if model.goalID == nil {
                    FormField.choice(
                        "owner", label: labels["owner"]!,
                        options: model.board.writableOwners.map { (GoalNames.ownerValue($0.owner), GoalNames.owner($0, text: text)) },
                        selected: model.values["owner"], problems: problems)
                } else {
                    p(.class("meta")) { text(.goalOwnerKept) }
                }
                FormField.text("title", label: labels["title"]!, value: model.values["title"] ?? "", problems: problems)
                div(.class("row")) {
                    FormField.text("start", label: labels["start"]!, value: model.values["start"] ?? "", type: "date", problems: problems)
                    FormField.text("due", label: labels["due"]!, value: model.values["due"] ?? "", type: "date", problems: problems)
                }
                FormField.choice(
                    "parentID", label: labels["parentID"]!,
                    options: parents.map { ($0.goal.id.description, GoalNames.owner($0, text: text) + ": " + $0.goal.title) },
                    selected: model.values["parentID"], problems: problems, noneLabel: text(.goalParentNone))
                FormField.text(
                    "weight", label: labels["weight"]!, value: model.values["weight"] ?? "1", problems: problems, hint: text(.goalWeightHint),
                    extra: [Attribute("inputmode", "decimal")])
                FormField.choice(
                    "measure", label: labels["measure"]!, options: GoalNames.measureKinds.map { ($0, GoalNames.measure($0, text: text)) },
                    selected: model.values["measure"] ?? "none", problems: problems)
                div(.class("row")) {
                    FormField.text(
                        "target", label: labels["target"]!, value: model.values["target"] ?? "", problems: problems, hint: text(.goalTargetHint),
                        required: false, extra: [Attribute("inputmode", "decimal")])
                    FormField.text("unit", label: labels["unit"]!, value: model.values["unit"] ?? "", problems: problems, required: false)
                }
                div(.class("actions")) {
                    button(.type("submit"), .id("goal-save")) { text(.goalSave) }
                    a(.href("/goals")) { text(.goalBack) }
                }
            }
            if let id = model.goalID {
                form(.method("post"), .action("/goals/\(id)/archive"), .class("inline"), .id("goal-archive-form")) {
                    Layout.csrfField(context)
                    p(.class("meta")) { text(.goalArchiveHint) }
                    button(.type("submit"), .class("secondary"), .id("goal-archive")) { text(.goalArchive) }
                }
            }
        }
    }
}
