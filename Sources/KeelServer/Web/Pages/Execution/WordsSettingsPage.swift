import SalesDomain

/// Leadership's editor for the organization's words: per kind a table of the codes it uses,
/// one name field per language, prefilled with its own name and showing as placeholder what a
/// blank field reads as.
enum WordsSettingsPage {
    struct Model: Sendable {
        var screen: VocabularyScreen
        /// What each row's fields hold, by language tag: the organization's names, or what was
        /// typed when the form came back with problems.
        var values: [[String: String]]
        var notice: String?
        var errors: [FieldError] = []

        init(screen: VocabularyScreen, values: [[String: String]]? = nil, notice: String? = nil, errors: [FieldError] = []) {
            self.screen = screen
            self.values = values ?? screen.rows.map(\.given.byLanguageTag)
            self.notice = notice
            self.errors = errors
        }
    }

    static let path = "/settings/words"

    static func heading(_ kind: VocabularyKind) -> TextKey {
        switch kind {
        case .activityType: .wordsActivityTypes
        case .dealStage: .wordsDealStages
        case .jobRole: .wordsJobRoles
        case .market: .wordsMarkets
        }
    }

    static func languageColumn(_ language: Language) -> TextKey {
        switch language {
        case .english: .columnEnglish
        case .swedish: .columnSwedish
        case .norwegianBokmal: .columnNorwegian
        }
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        let rows = Array(model.screen.rows.enumerated())
        return Layout.page(title: text(.wordsTitle), context: context) {
            h1 { text(.wordsTitle) }
            p(.class("meta")) { text(.wordsIntro) }
            let problems = FormProblems(model.errors, text: text)
            if !problems.isEmpty {
                let labels = Dictionary(uniqueKeysWithValues: rows.flatMap { index, row in
                    Language.allCases.map { language in
                        ("words[\(index)].names.\(language.rawValue)", "\(row.fallback[text.language] ?? row.code) · \(text(languageColumn(language)))")
                    }
                })
                FormErrorSummary.render(problems, labels: labels, context: context, anchorPrefix: "word-")
            }
            if let notice = model.notice {
                p(.class("notice"), .id("notice"), Attribute("role", "status")) {
                    notice + " "
                    a(.href("/execution")) { text(.wordsSeeThemUsed) }
                }
            }
            form(.method("post"), .action(path), .id("words")) {
                Layout.csrfField(context)
                input(.type("hidden"), .name("count"), .value(String(rows.count)))
                for kind in VocabularyKind.allCases {
                    let ofKind = rows.filter { $0.element.kind == kind }
                    if !ofKind.isEmpty {
                        h2(.id("words-\(kind.rawValue)")) { text(heading(kind)) }
                        div(.class("table-wrap")) {
                            table(.class("stacked"), .data("kind", kind.rawValue)) {
                                thead {
                                    tr {
                                        th(Attribute("scope", "col")) { text(.columnCode) }
                                        for language in Language.allCases {
                                            th(Attribute("scope", "col")) { text(languageColumn(language)) }
                                        }
                                    }
                                }
                                tbody {
                                    for (index, row) in ofKind {
                                        self.row(row, index: index, values: index < model.values.count ? model.values[index] : [:], problems: problems, context: context)
                                    }
                                }
                            }
                        }
                    }
                }
                div { button(.type("submit"), .id("save-words")) { text(.formSave) } }
            }
        }
    }

    static func row(_ row: VocabularyScreen.Row, index: Int, values: [String: String], problems: FormProblems, context: PageContext) -> Node {
        tr(.data("word", "\(row.kind.rawValue):\(row.code)")) {
            td {
                element("code", []) { row.code }
                input(.type("hidden"), .name("kind_\(index)"), .value(row.kind.rawValue))
                input(.type("hidden"), .name("code_\(index)"), .value(row.code))
            }
            for language in Language.allCases {
                let field = "words[\(index)].names.\(language.rawValue)"
                td(.data("label", context.text(languageColumn(language)))) {
                    let message = problems.message(for: field)
                    Node.voidElement("input", [
                        .type("text"), .name("\(language.rawValue)_\(index)"), .id("word-\(field)"), Attribute("lang", language.rawValue),
                        .value(values[language.rawValue] ?? ""), Attribute("placeholder", row.fallback[language] ?? row.code),
                        .aria("label", "\(context.text(languageColumn(language))): \(row.fallback[context.text.language] ?? row.code)"),
                        Attribute("maxlength", String(OrganizationVocabulary.maximumNameLength)),
                    ] + (message != nil ? [Attribute("aria-invalid", "true"), .aria("describedby", "error-\(field)")] : []))
                    if let message {
                        span(.class("field-error"), .id("error-\(field)")) { message }
                    }
                }
            }
        }
    }
}
