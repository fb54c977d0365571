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
            case .weeks: "[0-9]{4}-[0-9]{2}-[0-9]{2}"
            case .months: "[0-9]{4}-[0-9]{2}"
            }
        }

        /// The input that offers a calendar where the browser has one: days for a span of
        /// weeks, which every browser has a calendar for (the analyses read a day as the week
        /// holding it), months for coaching. Elsewhere it is a text field held to ``pattern``.
        var inputType: String {
            switch self {
            case .weeks: "date"
            case .months: "month"
            }
        }

        /// What the fields show: the first week's Monday and the last week's Sunday, so the
        /// calendar opens on the days the analysis counts.
        var fieldValues: (from: String, to: String) {
            switch self {
            case .weeks(let weeks): (weeks.lowerBound.monday.description, weeks.upperBound.sunday.description)
            case .months: bounds
            }
        }

        /// The period's span in the URL's words, `nil` while it has not begun.
        func bounds(of calendarPeriod: CalendarPeriod, today: CalendarDay) -> (from: String, to: String)? {
            switch self {
            case .weeks:
                guard let weeks = calendarPeriod.weeks(today: today) else { return nil }
                return (weeks.lowerBound.description, weeks.upperBound.description)
            case .months:
                let months = calendarPeriod.months(today: today)
                return (months.lowerBound.description, months.upperBound.description)
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
                    "from", of: period, label: period.isMonths ? text(.scopeFromMonth) : text(.executionFrom), shown: period.fieldValues.from,
                    typed: context.periodProblem?.typedFrom, problem: context.periodProblem)
                periodField(
                    "to", of: period, label: period.isMonths ? text(.scopeToMonth) : text(.executionTo), shown: period.fieldValues.to,
                    typed: context.periodProblem?.typedTo, problem: context.periodProblem)
            }
            button(.type("submit")) { text(.executionShow) }
            if let problem = context.periodProblem, period != nil {
                p(.class("field-error"), .id("period-error"), Attribute("role", "alert")) {
                    problem.message + " " + text(.periodShowingDefault, ["period": period?.worded(text) ?? ""])
                }
            }
            if let period {
                if !period.isMonths { p(.class("meta"), .id("period-whole-weeks")) { text(.periodWholeWeeks) } }
                presets(period, action: action, current: current, text: text)
                if let today = context.today { calendarPresets(period, today: today, action: action, current: current, text: text) }
            }
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
                presetLink(label, from: preset.from, to: to, of: period, action: action, current: current)
            }
        }
    }

    /// Links to the periods people name — this month, last quarter — counted from today, not
    /// from the span on show. A period that has not begun in weeks (January on its first
    /// Friday) is left out rather than shown empty, and one that is the same span as a period
    /// before it (this quarter and this year in January) is not offered twice.
    static func calendarPresets(_ period: Period, today: CalendarDay, action: String, current: AnalysisScope, text: Localizer) -> Node {
        var offered: [(from: String, to: String)] = []
        let choices = CalendarPeriod.allCases.compactMap { calendarPeriod -> (CalendarPeriod, (from: String, to: String))? in
            guard let bounds = period.bounds(of: calendarPeriod, today: today), !offered.contains(where: { $0 == bounds }) else { return nil }
            offered.append(bounds)
            return (calendarPeriod, bounds)
        }
        return p(.class("presets"), .id("period-calendar")) {
            text(.periodCalendar)
            for (calendarPeriod, bounds) in choices {
                " "
                presetLink(calendarPeriodName(calendarPeriod, text: text), from: bounds.from, to: bounds.to, of: period, action: action, current: current)
            }
        }
    }

    static func calendarPeriodName(_ period: CalendarPeriod, text: Localizer) -> String {
        switch period {
        case .thisMonth: text(.periodThisMonth)
        case .lastMonth: text(.periodLastMonth)
        case .thisQuarter: text(.periodThisQuarter)
        case .lastQuarter: text(.periodLastQuarter)
        case .thisYear: text(.periodThisYear)
        }
    }

    /// The span on show is marked, not linked.
    private static func presetLink(_ label: String, from: String, to: String, of period: Period, action: String, current: AnalysisScope) -> Node {
        if (from, to) == period.bounds {
            strong(Attribute("aria-current", "true")) { label }
        } else {
            a(.href("\(action)?scope=\(current.description)&from=\(from)&to=\(to)")) { label }
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
