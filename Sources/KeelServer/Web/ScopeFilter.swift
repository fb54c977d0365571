import SalesDomain

/// The scope and week span picker of the analysis pages (execution, diagnosis): every scope the
/// viewer may see, grouped, with the one on show selected, so pressing *Show* never changes
/// scope by itself.
enum ScopeFilter {
    static func groupName(_ group: AnalysisScopeChoices.Group, text: Localizer) -> String {
        switch group {
        case .organization: text(.scopeGroupOrganization)
        case .markets: text(.organizationMarkets)
        case .teams: text(.teamSubteams)
        case .people: text(.columnPeople)
        }
    }

    /// The span beside the scope: ISO weeks for the analyses, calendar months for coaching.
    enum Period {
        case weeks(ClosedRange<ISOWeek>)
        case months(ClosedRange<CalendarMonth>)

        var bounds: (from: String, to: String) {
            switch self {
            case .weeks(let weeks): (weeks.lowerBound.description, weeks.upperBound.description)
            case .months(let months): (months.lowerBound.description, months.upperBound.description)
            }
        }

        /// The span in words, for a sentence.
        func worded(_ text: Localizer) -> String {
            switch self {
            case .weeks(let weeks): text.weeks(weeks)
            case .months(let months):
                months.lowerBound == months.upperBound
                    ? text.month(months.lowerBound) : "\(text.month(months.lowerBound)) – \(text.month(months.upperBound))"
            }
        }

        var isMonths: Bool {
            if case .months = self { return true }
            return false
        }

        var pattern: String {
            switch self {
            case .weeks: "[0-9]{4}-W[0-9]{2}"
            case .months: "[0-9]{4}-[0-9]{2}"
            }
        }

        /// The input that offers a calendar where the browser has one and writes the same text
        /// (`2026-W36`, `2026-09`); elsewhere it is a text field held to ``pattern``.
        var inputType: String {
            switch self {
            case .weeks: "week"
            case .months: "month"
            }
        }

        /// Spans people think in, each ending where the one on show ends.
        var presets: [(count: Int, from: String)] {
            switch self {
            case .weeks(let weeks): [4, 13, 26, 52].map { ($0, weeks.upperBound.span(of: $0).lowerBound.description) }
            case .months(let months): [1, 3, 6, 12].map { ($0, months.upperBound.adding(months: 1 - $0).description) }
            }
        }
    }

    static func render(
        action: String, id: String, choices: AnalysisScopeChoices, current: AnalysisScope, weeks: ClosedRange<ISOWeek>, context: PageContext
    ) -> Node {
        render(action: action, id: id, choices: choices, current: current, period: .weeks(weeks), context: context)
    }

    static func render(
        action: String, id: String, choices: AnalysisScopeChoices, current: AnalysisScope, period: Period?, context: PageContext
    ) -> Node {
        let text = context.text
        return form(.method("get"), .action(action), .class("row card"), .id(id)) {
            label {
                text(.executionScope)
                select(.name("scope"), .id("scope")) {
                    for section in choices.sections {
                        element("optgroup", [Attribute("label", groupName(section.group, text: text))]) {
                            for choice in section.choices {
                                // A tree in a list: each level set in by two spaces that do not collapse.
                                let label = String(repeating: "\u{00A0}\u{00A0}", count: choice.depth) + (choice.label ?? text(.scopeOrganization))
                                if choice.scope == current {
                                    option(.value(choice.scope.description), Attribute("selected", nil)) { label }
                                } else {
                                    option(.value(choice.scope.description)) { label }
                                }
                            }
                        }
                    }
                }
            }
            if let period {
                periodField(
                    "from", of: period, label: period.isMonths ? text(.scopeFromMonth) : text(.executionFrom), shown: period.bounds.from,
                    typed: context.periodProblem?.typedFrom, problem: context.periodProblem)
                periodField(
                    "to", of: period, label: period.isMonths ? text(.scopeToMonth) : text(.executionTo), shown: period.bounds.to,
                    typed: context.periodProblem?.typedTo, problem: context.periodProblem)
            }
            button(.type("submit")) { text(.executionShow) }
            if let problem = context.periodProblem, period != nil {
                p(.class("field-error"), .id("period-error"), Attribute("role", "alert")) {
                    problem.message + " " + text(.periodShowingDefault, ["period": period?.worded(text) ?? ""])
                }
            }
            if let period { presets(period, action: action, current: current, text: text) }
        }
    }

    /// A bound of the period: what is shown, or what was typed when it could not be read.
    static func periodField(_ name: String, of period: Period, label title: String, shown: String, typed: String?, problem: PeriodProblem?) -> Node {
        let invalid = problem?.field == name
        return label {
            title
            Node.voidElement("input", [
                .type(period.inputType), .name(name), .id("period-\(name)"), .value(problem == nil ? shown : typed ?? ""),
                Attribute("pattern", period.pattern),
            ] + (invalid ? [Attribute("aria-invalid", "true"), .aria("describedby", "period-error")] : []))
        }
    }

    /// Links to the spans people think in — the last 4, 13, 26 or 52 weeks, or 1, 3, 6 or 12
    /// months — ending where the one on show ends, so none needs typing.
    static func presets(_ period: Period, action: String, current: AnalysisScope, text: Localizer) -> Node {
        let to = period.bounds.to
        return p(.class("presets")) {
            text(.periodPresets, ["to": period.lastPeriodName(text)])
            for preset in period.presets {
                " "
                let label: String = switch period {
                case .weeks: text(.periodWeeks, ["count": String(preset.count)])
                case .months: preset.count == 1 ? text(.periodOneMonth) : text(.periodMonths, ["count": String(preset.count)])
                }
                if preset.from == period.bounds.from {
                    strong(Attribute("aria-current", "true")) { label }
                } else {
                    a(.href("\(action)?scope=\(current.description)&from=\(preset.from)&to=\(to)")) { label }
                }
            }
        }
    }
}

extension ScopeFilter.Period {
    /// The span's last week or month as a reader writes it: "vecka 48 2026", "nov 2026".
    func lastPeriodName(_ text: Localizer) -> String {
        switch self {
        case .weeks(let weeks): text.week(weeks.upperBound)
        case .months(let months): text.month(months.upperBound)
        }
    }
}
