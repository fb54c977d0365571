import Foundation
import SalesDomain

/// `/practice/library/new` and `/practice/library/{id}/edit` (leaders and admins): one practice
/// item in all three languages. Every field of every kind is on the form; the kind decides which
/// are used, and what is missing for it is named field by field, all at once.
enum PracticeItemFormPage {
    struct Model: Sendable {
        var item: PracticeItem?
        var framework: CompetencyFramework
        var values: [String: String]
        var errors: [FieldError] = []
    }

    static let languages = [("en", "English"), ("sv", "Svenska"), ("nb", "Norsk bokmål")]

    /// The form's fields for an item: texts as `<field>-<language>`, role-play levels as `good-<level>-<language>`.
    static func values(of item: PracticeItem) -> [String: String] {
        var values = ["key": item.key, "competencyID": item.competencyID.description, "kind": item.kind.rawValue,
                      "aimLevel": String(item.aimLevel), "minutes": String(item.minutes), "active": item.isActive ? "on" : ""]
        func put(_ field: String, _ text: LocalizedText) {
            values["\(field)-en"] = text.english
            values["\(field)-sv"] = text.swedish
            values["\(field)-nb"] = text.norwegianBokmal
        }
        put("title", item.title)
        switch item.content {
        case .drill(let instructions): put("instructions", instructions)
        case .microLesson(let lesson, let question): put("lesson", lesson); put("question", question)
        case .rolePlay(let situation, let customerPart, let good):
            put("situation", situation)
            put("customerPart", customerPart)
            for (level, text) in good { put("good-\(level)", text) }
        }
        return values
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        let language = text.language
        let values = model.values
        let problems = FormProblems(model.errors, text: text)
        let title = model.item.map { text(.practiceItemEditTitle, ["title": $0.title.text(in: language)]) } ?? text(.practiceItemNewTitle)
        let action = model.item.map { "/practice/library/\($0.id)" } ?? "/practice/library"
        func invalid(_ field: String) -> [Attribute] {
            problems.message(for: field) == nil ? [] : [Attribute("aria-invalid", "true"), .aria("describedby", "error-\(field)")]
        }
        func error(_ field: String) -> Node {
            if let message = problems.message(for: field) { return p(.class("field-error"), .id("error-\(field)")) { message } }
            return fragment {}
        }
        func texts(_ field: String, label caption: String, rows: Int = 1) -> Node {
            fieldset(.class("card"), .id(field)) {
                legend { caption }
                error(field)
                for (code, name) in languages {
                    label(.for("field-\(field)-\(code)")) {
                        name
                        if rows > 1 {
                            textarea(.name("\(field)-\(code)"), .id("field-\(field)-\(code)"), Attribute("lang", code), Attribute("rows", String(rows))) { values["\(field)-\(code)"] ?? "" }
                        } else {
                            input(.type("text"), .name("\(field)-\(code)"), .id("field-\(field)-\(code)"), Attribute("lang", code), .value(values["\(field)-\(code)"] ?? ""))
                        }
                    }
                }
            }
        }
        return Layout.page(title: title, context: context) {
            h1(.id("item-form-title")) { title }
            p(.class("meta")) { text(.practiceItemFormIntro) }
            if !problems.isEmpty {
                FormErrorSummary.render(problems, labels: summaryLabels(text), context: context, anchors: [
                    "competency": "competencyID", "goodLooksLike": "good-\(model.framework.scale.levels.lowerBound)",
                ])
            }
            form(.method("post"), .action(action), .class("stacked wide"), .id("item-form")) {
                Layout.csrfField(context)
                fieldset(.class("card")) {
                    label(.for("key")) {
                        text(.practiceItemKey)
                        span(.class("hint")) { text(.practiceItemKeyHint) }
                        Node.voidElement("input", [.type("text"), .name("key"), .id("key"), .value(values["key"] ?? "")] + invalid("key"))
                    }
                    error("key")
                    label(.for("competencyID")) {
                        text(.practiceColumnCompetency)
                        select(.name("competencyID"), .id("competencyID")) {
                            for area in model.framework.areas {
                                element("optgroup", [Attribute("label", area.name.text(in: language))]) {
                                    for competency in area.competencies {
                                        if values["competencyID"] == competency.id.description {
                                            option(.value(competency.id.description), Attribute("selected", nil)) { competency.name.text(in: language) }
                                        } else {
                                            option(.value(competency.id.description)) { competency.name.text(in: language) }
                                        }
                                    }
                                }
                            }
                        }
                    }
                    error("competency")
                    label(.for("kind")) {
                        text(.practiceItemKind)
                        select(.name("kind"), .id("kind")) {
                            for kind in PracticeKind.allCases {
                                if values["kind"] == kind.rawValue {
                                    option(.value(kind.rawValue), Attribute("selected", nil)) { PracticeNames.kind(kind, text: text) }
                                } else {
                                    option(.value(kind.rawValue)) { PracticeNames.kind(kind, text: text) }
                                }
                            }
                        }
                    }
                    error("kind")
                    label(.for("aimLevel")) {
                        text(.practiceItemAim)
                        Node.voidElement("input", [.type("number"), .name("aimLevel"), .id("aimLevel"), .value(values["aimLevel"] ?? "3")] + invalid("aimLevel"))
                    }
                    error("aimLevel")
                    label(.for("minutes")) {
                        text(.practiceColumnMinutes)
                        Node.voidElement("input", [.type("number"), .name("minutes"), .id("minutes"), .value(values["minutes"] ?? "15")] + invalid("minutes"))
                    }
                    error("minutes")
                    label(.for("active"), .class("inline")) {
                        Node.voidElement("input", [.type("checkbox"), .name("active"), .id("active")] + (values["active"] == "on" || model.item == nil ? [.checked] : []))
                        text(.practiceItemActive)
                    }
                }
                texts("title", label: text(.practiceItemTitle))
                h2 { text(.practiceKindDrill) }
                texts("instructions", label: text(.practiceInstructions), rows: 5)
                h2 { text(.practiceKindMicroLesson) }
                texts("lesson", label: text(.practiceLesson), rows: 5)
                texts("question", label: text(.practiceQuestion), rows: 2)
                h2 { text(.practiceKindRolePlay) }
                texts("situation", label: text(.practiceSituation), rows: 4)
                texts("customerPart", label: text(.practiceCustomerPart), rows: 4)
                error("goodLooksLike")
                for level in model.framework.scale.levels {
                    texts("good-\(level)", label: text(.practiceGoodAtLevel, ["level": String(level)]), rows: 2)
                }
                button(.type("submit"), .id("item-save")) { text(.practiceItemSave) }
            }
        }
    }

    /// Each field's visible label, by the name its problems carry, for the summary at the top.
    static func summaryLabels(_ text: Localizer) -> [String: String] {
        [
            "key": text(.practiceItemKey), "competency": text(.practiceColumnCompetency), "kind": text(.practiceItemKind),
            "aimLevel": text(.practiceItemAim), "minutes": text(.practiceColumnMinutes), "title": text(.practiceItemTitle),
            "instructions": text(.practiceInstructions), "lesson": text(.practiceLesson), "question": text(.practiceQuestion),
            "situation": text(.practiceSituation), "customerPart": text(.practiceCustomerPart), "goodLooksLike": text(.practiceKindRolePlay),
        ]
    }

    /// The form's fields as an item with `id`, and every field that could not be read (a number
    /// that does not parse, no competency or kind chosen); the item holds a stand-in there, so
    /// the store still checks the rest and leaves those fields to the problems given here.
    static func item(_ fields: [String: String], id: PracticeItem.ID, scale: ClosedRange<Int>) -> (item: PracticeItem, unreadable: [FieldError]) {
        var problems: [FieldError] = []
        func text(_ field: String) -> LocalizedText {
            func value(_ code: String) -> String? {
                let trimmed = fields["\(field)-\(code)"]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
                return trimmed.isEmpty ? nil : trimmed
            }
            return LocalizedText(english: value("en"), swedish: value("sv"), norwegianBokmal: value("nb"))
        }
        func number(_ field: String) -> Int {
            guard let value = Int(fields[field]?.trimmingCharacters(in: .whitespaces) ?? "") else {
                problems.append(FieldError(field: field, code: .invalidFormat, .notAWholeNumber, ["value": fields[field] ?? ""]))
                return 0
            }
            return value
        }
        let competency = fields["competencyID"].flatMap(Competency.ID.init(uuidString:))
        if competency == nil { problems.append(FieldError(field: "competency", code: .required, .valueRequired)) }
        let aim = number("aimLevel"), minutes = number("minutes")
        let content: PracticeContent
        switch fields["kind"].flatMap(PracticeKind.init(rawValue:)) {
        case .drill?: content = .drill(instructions: text("instructions"))
        case .microLesson?: content = .microLesson(lesson: text("lesson"), question: text("question"))
        case .rolePlay?:
            var good: [Int: LocalizedText] = [:]
            for level in scale { let written = text("good-\(level)"); if !written.lacksEnglish { good[level] = written } }
            content = .rolePlay(situation: text("situation"), customerPart: text("customerPart"), goodLooksLike: good)
        case nil:
            problems.append(FieldError(field: "kind", code: .required, .valueRequired))
            // Which texts a kind needs is unknown without the kind: none is called missing.
            content = .drill(instructions: LocalizedText(english: "—"))
        }
        let item = PracticeItem(
            id: id, key: fields["key"]?.trimmingCharacters(in: .whitespaces) ?? "", competencyID: competency ?? .init(UUID()), aimLevel: aim,
            minutes: minutes, title: text("title"), content: content, isActive: fields["active"] == "on")
        return (item, problems)
    }
}
