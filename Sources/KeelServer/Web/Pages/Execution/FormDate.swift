import Foundation
import SalesDomain

/// Dates as an `<input type="date">` sends them (`2026-01-07`), read as that day in the
/// organization's time zone. Nine in the morning, not midnight, so that the day stays the same
/// in every European zone a seller might be travelling in.
enum FormDate {
    private static func calendar(_ week: WeekCalendar) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = week.timeZone
        return calendar
    }

    static func parse(_ text: String, field: String, in week: WeekCalendar) throws(FieldError) -> Date {
        let calendar = calendar(week)
        let parts = text.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), (1...31).contains(day),
              let date = calendar.date(from: DateComponents(year: year, month: month, day: day, hour: 9)),
              calendar.component(.day, from: date) == day
        else {
            throw FieldError(field: field, code: .invalidFormat, .notADate, ["value": text])
        }
        return date
    }

    static func string(_ date: Date, in week: WeekCalendar) -> String {
        let parts = calendar(week).dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }
}
