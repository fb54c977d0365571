import Foundation

extension WeekCalendar {
    /// The local date of a moment: 23:30 UTC on 4 December is 5 December in Stockholm.
    public func day(containing date: Date) -> CalendarDay {
        let number = localDayNumber(of: date)
        return CalendarDay(daysSince1970: number)
    }

    /// 00:00 local time of the day (which daylight saving may make 23 or 25 hours before the next).
    public func start(of day: CalendarDay) -> Date {
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = timeZone
        return calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day))!
    }

    /// Whole calendar days from one date to another (negative when `end` is earlier).
    public func days(from start: CalendarDay, to end: CalendarDay) -> Int {
        end.daysSince1970 - start.daysSince1970
    }
}

extension CalendarDay {
    /// Days since 1970-01-01 in the proleptic Gregorian calendar (days-from-civil), so that day
    /// arithmetic needs no time zone.
    var daysSince1970: Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    init(daysSince1970 number: Int) {
        let shifted = number + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        self.init(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)!
    }

    /// The day `count` days later (earlier when negative).
    public func adding(days count: Int) -> CalendarDay {
        CalendarDay(daysSince1970: daysSince1970 + count)
    }
}
