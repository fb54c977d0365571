extension CalendarDay {
    /// The ISO week the day is in: the week of its Thursday, whose calendar year is the week's
    /// year (Wednesday 2025-12-31 is in `2026-W01`).
    public var isoWeek: ISOWeek {
        // 1970-01-01 was a Thursday: Monday is 0 … Sunday 6.
        let weekday = ((daysSince1970 + 3) % 7 + 7) % 7
        let thursday = adding(days: 3 - weekday)
        let dayOfYear = thursday.daysSince1970 - CalendarDay(year: thursday.year, month: 1, day: 1)!.daysSince1970
        return ISOWeek(year: thursday.year, week: dayOfYear / 7 + 1)!
    }
}

extension CalendarMonth {
    var firstDay: CalendarDay { CalendarDay(year: year, month: month, day: 1)! }
    var lastDay: CalendarDay { adding(months: 1).firstDay.adding(days: -1) }
}

extension ISOWeek {
    public var monday: CalendarDay {
        // Week 1 holds 4 January; its Monday is at most three days before.
        let january4 = CalendarDay(year: year, month: 1, day: 4)!
        return january4.adding(days: (week - 1) * 7 - ((january4.daysSince1970 + 3) % 7 + 7) % 7)
    }

    public var sunday: CalendarDay { monday.adding(days: 6) }

    /// The month the week counts for when weeks are grouped by month: the one holding its
    /// Thursday, the same rule that gives a week its year, so every week is in exactly one month.
    public var calendarMonth: CalendarMonth { monday.adding(days: 3).calendarMonth }

    /// The weeks that count for the months, by ``calendarMonth``: four or five a month, as
    /// every month holds four or five Thursdays.
    public static func weeks(of months: ClosedRange<CalendarMonth>) -> ClosedRange<ISOWeek> {
        var first = months.lowerBound.firstDay.isoWeek
        if first.calendarMonth < months.lowerBound { first = first.next }
        var last = months.upperBound.lastDay.isoWeek
        if months.upperBound < last.calendarMonth { last = last.previous }
        return first...last
    }
}
