import Foundation

/// A person's coaching calendar as an iCalendar document (RFC 5545): their sessions as events
/// and their open next steps as to-dos, so the time is set aside where they plan their week.
///
/// Times are written in the organization's zone (`TZID=Europe/Stockholm`) with the zone's rules
/// in a VTIMEZONE — Stockholm and Oslo share them (CET/CEST, summer time from 02:00 on the last
/// Sunday of March to 03:00 on the last Sunday of October) — or in UTC for any other zone.
/// Lines end in CRLF, are folded at 75 octets, and texts are escaped as §3.3.11 asks.
public struct ICalendar: Hashable, Sendable {
    public struct Event: Hashable, Sendable {
        public var uid: String
        public var start: Date
        public var minutes: Int
        public var summary: String
        public var description: String
        public var cancelled: Bool

        public init(uid: String, start: Date, minutes: Int, summary: String, description: String = "", cancelled: Bool = false) {
            self.uid = uid
            self.start = start
            self.minutes = minutes
            self.summary = summary
            self.description = description
            self.cancelled = cancelled
        }
    }

    public struct Todo: Hashable, Sendable {
        public var uid: String
        public var due: CalendarDay
        public var summary: String
        public var description: String

        public init(uid: String, due: CalendarDay, summary: String, description: String = "") {
            self.uid = uid
            self.due = due
            self.summary = summary
            self.description = description
        }
    }

    public var name: String
    public var timeZone: TimeZone
    public var events: [Event]
    public var todos: [Todo]

    public init(name: String, timeZone: TimeZone, events: [Event], todos: [Todo]) {
        self.name = name
        self.timeZone = timeZone
        self.events = events
        self.todos = todos
    }

    /// The Nordic zones whose rules Keel writes out; others are written in UTC.
    public static let describedZones = ["Europe/Stockholm", "Europe/Oslo"]

    /// The document, stamped `stamp` (DTSTAMP: when this copy was made).
    public func text(stamp: Date) -> String {
        let zone = Self.describedZones.contains(timeZone.identifier) ? timeZone.identifier : nil
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Keel//Coaching//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
                     "X-WR-CALNAME:" + Self.escaped(name)]
        if let zone { lines += ["X-WR-TIMEZONE:\(zone)"] }
        for described in Self.describedZones { lines += Self.centralEuropeanRules(described) }
        let stamped = Self.utc(stamp)
        for event in events {
            lines += ["BEGIN:VEVENT", "UID:" + Self.escaped(event.uid), "DTSTAMP:" + stamped]
            if let zone {
                lines.append("DTSTART;TZID=\(zone):" + Self.local(event.start, in: timeZone))
            } else {
                lines.append("DTSTART:" + Self.utc(event.start))
            }
            lines += ["DURATION:PT\(max(event.minutes, 1))M", "SUMMARY:" + Self.escaped(event.summary)]
            if !event.description.isEmpty { lines.append("DESCRIPTION:" + Self.escaped(event.description)) }
            lines += ["STATUS:" + (event.cancelled ? "CANCELLED" : "CONFIRMED"), "END:VEVENT"]
        }
        for todo in todos {
            lines += [
                "BEGIN:VTODO", "UID:" + Self.escaped(todo.uid), "DTSTAMP:" + stamped,
                "DUE;VALUE=DATE:" + todo.due.description.replacingOccurrences(of: "-", with: ""), "SUMMARY:" + Self.escaped(todo.summary),
            ]
            if !todo.description.isEmpty { lines.append("DESCRIPTION:" + Self.escaped(todo.description)) }
            lines += ["STATUS:NEEDS-ACTION", "END:VTODO"]
        }
        lines.append("END:VCALENDAR")
        return lines.map(Self.folded).joined(separator: "\r\n") + "\r\n"
    }

    /// CET/CEST as RFC 5545 writes a zone: its two observances with their yearly rules.
    static func centralEuropeanRules(_ identifier: String) -> [String] {
        [
            "BEGIN:VTIMEZONE", "TZID:\(identifier)",
            "BEGIN:DAYLIGHT", "DTSTART:19810329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "END:DAYLIGHT",
            "BEGIN:STANDARD", "DTSTART:19961027T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
            "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "END:STANDARD",
            "END:VTIMEZONE",
        ]
    }

    static func utc(_ date: Date) -> String { format(date, in: TimeZone(identifier: "UTC")!) + "Z" }

    static func local(_ date: Date, in zone: TimeZone) -> String { format(date, in: zone) }

    private static func format(_ date: Date, in zone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d%02d%02dT%02d%02d%02d", parts.year!, parts.month!, parts.day!, parts.hour!, parts.minute!, parts.second!)
    }

    /// §3.3.11: backslash, semicolon and comma escaped; line breaks as `\n`.
    static func escaped(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "\\": escaped += "\\\\"
            case ";": escaped += "\\;"
            case ",": escaped += "\\,"
            case "\n", "\r\n": escaped += "\\n"
            case "\r": continue
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// §3.1: lines longer than 75 octets continue on the next line after a space, never
    /// splitting a UTF-8 character.
    static func folded(_ line: String) -> String {
        var result = ""
        var octets = 0
        var limit = 75
        for character in line {
            let size = String(character).utf8.count
            if octets + size > limit {
                result += "\r\n "
                octets = 0
                limit = 74
            }
            result.append(character)
            octets += size
        }
        return result
    }
}
