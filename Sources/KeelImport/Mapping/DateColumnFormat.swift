import Foundation

/// How dates are written in a column. Parsed by hand rather than with `DateFormatter`, which is
/// far too slow for imports of millions of rows.
///
/// Dates without a time are taken as midnight UTC of that day; dates with a time and no
/// offset as UTC.
public enum DateColumnFormat: String, Sendable, Codable, CaseIterable, Hashable {
    /// `2017-03-01`, also accepting `2017-03-01T10:30:00Z` / `2017-03-01 10:30:00` (time kept).
    case iso = "yyyy-MM-dd"
    /// `03/01/2017` (month first), as US exports write.
    case usSlashes = "MM/dd/yyyy"
    /// `01/03/2017` (day first), as most European exports write.
    case europeanSlashes = "dd/MM/yyyy"
    /// `01.03.2017`, as Nordic and German exports write.
    case europeanDots = "dd.MM.yyyy"

    /// A date in this format, else in one no other format could mean: `yyyy-MM-dd` and
    /// `dd.MM.yyyy` are each the only format written so, while `01/03/2017` is March or
    /// January by the region and is read only as the mapping says.
    public func parseOrUnmistakable(_ text: Substring) -> Date? {
        if let date = parse(text) { return date }
        for other in [Self.iso, .europeanDots] where other != self {
            if let date = other.parse(text) { return date }
        }
        return nil
    }

    public func parse(_ text: Substring) -> Date? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 8 else { return nil }
        var index = 0
        func number(maxDigits: Int) -> Int? {
            var value = 0
            var digits = 0
            while index < bytes.count, digits < maxDigits, (48...57).contains(bytes[index]) {
                value = value * 10 + Int(bytes[index] - 48)
                index += 1
                digits += 1
            }
            return digits == 0 ? nil : value
        }
        func expect(_ separator: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == separator else { return false }
            index += 1
            return true
        }
        let year, month, day: Int
        switch self {
        case .iso:
            guard let y = number(maxDigits: 4), expect(UInt8(ascii: "-")), let m = number(maxDigits: 2),
                  expect(UInt8(ascii: "-")), let d = number(maxDigits: 2) else { return nil }
            (year, month, day) = (y, m, d)
        case .usSlashes:
            guard let m = number(maxDigits: 2), expect(UInt8(ascii: "/")), let d = number(maxDigits: 2),
                  expect(UInt8(ascii: "/")), let y = number(maxDigits: 4) else { return nil }
            (year, month, day) = (y, m, d)
        case .europeanSlashes, .europeanDots:
            let separator = UInt8(ascii: self == .europeanDots ? "." : "/")
            guard let d = number(maxDigits: 2), expect(separator), let m = number(maxDigits: 2),
                  expect(separator), let y = number(maxDigits: 4) else { return nil }
            (year, month, day) = (y, m, d)
        }
        guard year >= 1900, year <= 2200, (1...12).contains(month), (1...Self.daysIn(month: month, year: year)).contains(day) else {
            return nil
        }
        var seconds = 0
        if index < bytes.count {
            guard bytes[index] == UInt8(ascii: "T") || bytes[index] == UInt8(ascii: " ") else { return nil }
            index += 1
            guard let hour = number(maxDigits: 2), expect(UInt8(ascii: ":")), let minute = number(maxDigits: 2),
                  hour < 24, minute < 60 else { return nil }
            var second = 0
            if expect(UInt8(ascii: ":")) {
                guard let parsed = number(maxDigits: 2), parsed < 60 else { return nil }
                second = parsed
                if expect(UInt8(ascii: ".")) { _ = number(maxDigits: 9) }
            }
            seconds = hour * 3600 + minute * 60 + second
            if index < bytes.count {
                if bytes[index] == UInt8(ascii: "Z") {
                    index += 1
                } else if bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                    let sign = bytes[index] == UInt8(ascii: "+") ? 1 : -1
                    index += 1
                    guard let offsetHours = number(maxDigits: 2) else { return nil }
                    _ = expect(UInt8(ascii: ":"))
                    let offsetMinutes = number(maxDigits: 2) ?? 0
                    seconds -= sign * (offsetHours * 3600 + offsetMinutes * 60)
                }
            }
            guard index == bytes.count else { return nil }
        }
        let days = Self.daysFromCivil(year: year, month: month, day: day)
        return Date(timeIntervalSince1970: TimeInterval(days * 86_400 + seconds))
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant, "chrono-compatible
    /// low-level date algorithms", `days_from_civil`).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
