import Testing
@testable import KeelCharts

@Suite struct ChartNumberFormatTests {
    let noBreakSpace = "\u{00A0}"

    @Test func decimalsAndGroupingFollowTheLanguage() {
        #expect(ChartNumberFormat.english.number(1234.5) == "1,234.5")
        #expect(ChartNumberFormat.swedish.number(1234.5) == "1\(noBreakSpace)234,5")
        #expect(ChartNumberFormat.norwegianBokmal.number(-1234.56) == "\u{2212}1\(noBreakSpace)234,6")
        #expect(ChartNumberFormat.swedish.integer(1_234_567) == "1\(noBreakSpace)234\(noBreakSpace)567")
        #expect(ChartNumberFormat.english.integer(-12) == "\u{2212}12")
    }

    @Test func trailingZerosAndNegativeZeroAreDropped() {
        #expect(ChartNumberFormat.english.number(3.0) == "3")
        #expect(ChartNumberFormat.english.number(3.25) == "3.3")
        #expect(ChartNumberFormat.english.number(2.5, maximumFractionDigits: 0) == "3")
        #expect(ChartNumberFormat.english.number(0.05, maximumFractionDigits: 2) == "0.05")
        #expect(ChartNumberFormat.english.number(-0.04) == "0")
    }

    @Test func percentagesAndPoints() {
        #expect(ChartNumberFormat.english.percent(0.625) == "63%")
        #expect(ChartNumberFormat.swedish.percent(0.625) == "63\(noBreakSpace)%")
        #expect(ChartNumberFormat.swedish.percent(0.0625, maximumFractionDigits: 1) == "6,3\(noBreakSpace)%")
        #expect(ChartNumberFormat.english.signedPoints(0.18) == "+18")
        #expect(ChartNumberFormat.english.signedPoints(-0.04) == "\u{2212}4")
        #expect(ChartNumberFormat.english.signedPoints(0.001) == "0")
    }

    @Test func missingNumbersPrintAsADash() {
        #expect(ChartNumberFormat.english.number(.nan) == "–")
        #expect(ChartNumberFormat.english.percent(.infinity) == "–")
        #expect(ChartNumberFormat.english.signedPoints(.nan) == "–")
    }

    @Test func languageTagsPickThePreset() {
        #expect(ChartNumberFormat(languageTag: "sv") == .swedish)
        #expect(ChartNumberFormat(languageTag: "nb-NO") == .norwegianBokmal)
        #expect(ChartNumberFormat(languageTag: "nn") == .norwegianBokmal)
        #expect(ChartNumberFormat(languageTag: "en_GB") == .english)
        #expect(ChartNumberFormat(languageTag: "de") == .english)
    }
}
