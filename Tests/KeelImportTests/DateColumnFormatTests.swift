import Foundation
import Testing
@testable import KeelImport

@Suite struct DateColumnFormatTests {
    static let march1 = Date(timeIntervalSince1970: 1_488_326_400) // 2017-03-01T00:00:00Z

    @Test(arguments: [
        (DateColumnFormat.iso, "2017-03-01"),
        (.usSlashes, "03/01/2017"),
        (.usSlashes, "3/1/2017"),
        (.europeanSlashes, "01/03/2017"),
        (.europeanDots, "1.3.2017"),
    ])
    func datesParseToMidnightUTC(_ example: (DateColumnFormat, String)) {
        #expect(example.0.parse(Substring(example.1)) == Self.march1)
    }

    @Test func timesAndOffsetsAreKept() {
        #expect(DateColumnFormat.iso.parse("2017-03-01T10:30:00Z") == Self.march1.addingTimeInterval(10.5 * 3600))
        #expect(DateColumnFormat.iso.parse("2017-03-01 10:30") == Self.march1.addingTimeInterval(10.5 * 3600))
        #expect(DateColumnFormat.iso.parse("2017-03-01T10:30:00+01:00") == Self.march1.addingTimeInterval(9.5 * 3600))
    }

    @Test(arguments: ["2017-02-29", "2017-13-01", "2017-03-01x", "01/03/2017", "", "yesterday", "2017-3"])
    func impossibleOrMalformedDatesAreRefused(_ text: String) {
        #expect(DateColumnFormat.iso.parse(Substring(text)) == nil)
    }

    @Test func leapDaysFollowTheGregorianRules() {
        #expect(DateColumnFormat.iso.parse("2016-02-29") != nil)
        #expect(DateColumnFormat.iso.parse("2000-02-29") != nil)
        #expect(DateColumnFormat.iso.parse("1900-02-29") == nil)
    }

    @Test func daysFromCivilMatchesFoundation() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        for (year, month, day) in [(1970, 1, 1), (1999, 12, 31), (2024, 2, 29), (2100, 3, 1)] {
            let expected = calendar.date(from: DateComponents(year: year, month: month, day: day))!
            #expect(Double(DateColumnFormat.daysFromCivil(year: year, month: month, day: day) * 86_400) == expected.timeIntervalSince1970)
        }
    }
}
