import Foundation
import Testing
@testable import SalesDomain

@Suite("The coaching calendar as iCalendar (RFC 5545): zones, escaping, folding")
struct ICalendarTests {
    typealias C = CoachingFixture

    @Test("A session in Stockholm time, in summer and in winter, and a next step due on a day")
    func document() {
        let calendar = ICalendar(
            name: "Keel: coaching", timeZone: TimeZone(identifier: "Europe/Stockholm")!,
            events: [
                ICalendar.Event(uid: "s1@keel", start: C.at("2026-06-30T07:00:00Z"), minutes: 45, summary: "Skill coaching with Anna"),
                ICalendar.Event(uid: "s2@keel", start: C.at("2026-12-01T08:00:00Z"), minutes: 30, summary: "Deal; big, one", cancelled: true),
            ],
            todos: [ICalendar.Todo(uid: "i1@keel", due: C.day("2026-12-11"), summary: "Call ten customers", description: "Line one\nline two")])
        let text = calendar.text(stamp: C.at("2026-12-05T14:00:00Z"))
        let lines = text.components(separatedBy: "\r\n")
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        #expect(lines.contains("DTSTART;TZID=Europe/Stockholm:20260630T090000"), "summer time: UTC+2")
        #expect(lines.contains("DTSTART;TZID=Europe/Stockholm:20261201T090000"), "winter time: UTC+1")
        #expect(lines.contains("DTSTAMP:20261205T140000Z"))
        #expect(lines.contains("SUMMARY:Deal\\; big\\, one"))
        #expect(lines.contains("STATUS:CANCELLED"))
        #expect(lines.contains("DUE;VALUE=DATE:20261211"))
        #expect(lines.contains("DESCRIPTION:Line one\\nline two"))
        #expect(lines.filter { $0 == "BEGIN:VTIMEZONE" }.count == 2, "Stockholm and Oslo")
        #expect(lines.contains("TZID:Europe/Oslo"))
    }

    @Test("Another zone is written in UTC; long lines fold at 75 octets without splitting a character")
    func utcAndFolding() {
        let long = String(repeating: "å", count: 60)
        let calendar = ICalendar(
            name: "x", timeZone: TimeZone(identifier: "America/New_York")!,
            events: [ICalendar.Event(uid: "s@keel", start: C.at("2026-06-30T07:00:00Z"), minutes: 30, summary: long)], todos: [])
        let lines = calendar.text(stamp: C.at("2026-12-05T14:00:00Z")).components(separatedBy: "\r\n")
        #expect(lines.contains("DTSTART:20260630T070000Z"))
        #expect(lines.allSatisfy { $0.utf8.count <= 75 })
        let summary = lines.drop { !$0.hasPrefix("SUMMARY:") }.prefix { $0.hasPrefix("SUMMARY:") || $0.hasPrefix(" ") }
        #expect(summary.count > 1)
        #expect(summary.enumerated().map { $0.offset == 0 ? $0.element : String($0.element.dropFirst()) }.joined() == "SUMMARY:" + long)
    }
}
