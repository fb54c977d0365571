import Testing
@testable import KeelCharts

@Suite struct LabelWrappingTests {
    let fontSize = 11.0

    func width(_ text: String) -> Double { TextMetrics.estimatedWidth(of: text, fontSize: fontSize) }

    @Test func shortLabelsStayOnOneLine() {
        let wrapped = LabelWrapping.wrap("Avslut", maximumWidth: 80, maximumLines: 2, fontSize: fontSize)
        #expect(wrapped == WrappedLabel(lines: ["Avslut"], isTruncated: false))
    }

    @Test func longLabelsWrapAtSpacesWithinTheWidth() {
        let wrapped = LabelWrapping.wrap("Behovsanalys och frågeteknik", maximumWidth: 90, maximumLines: 2, fontSize: fontSize)
        #expect(wrapped.lines == ["Behovsanalys", "och frågeteknik"])
        #expect(!wrapped.isTruncated)
        #expect(wrapped.lines.allSatisfy { width($0) <= 90 })
    }

    @Test func textBeyondTheLastLineEndsInAnEllipsis() {
        let wrapped = LabelWrapping.wrap("Relationer med nyckelkunder över tid och gränser", maximumWidth: 80,
                                         maximumLines: 2, fontSize: fontSize)
        #expect(wrapped.lines.count == 2)
        #expect(wrapped.isTruncated)
        #expect(wrapped.lines.last?.hasSuffix("…") == true)
        #expect(wrapped.lines.allSatisfy { width($0) <= 80 })
    }

    @Test func aWordTooLongForALineIsCutNotSplit() {
        let wrapped = LabelWrapping.wrap("Kundbehovsanalysförmåga", maximumWidth: 60, maximumLines: 2, fontSize: fontSize)
        #expect(wrapped.lines.count == 1)
        #expect(wrapped.isTruncated)
        #expect(wrapped.lines[0].hasSuffix("…"))
        #expect(width(wrapped.lines[0]) <= 60)
    }

    @Test func hyphensAndSlashesAreBreakPoints() {
        let wrapped = LabelWrapping.wrap("Pre-sales/demo", maximumWidth: width("Pre-sales/") + 1, maximumLines: 3,
                                         fontSize: fontSize)
        #expect(wrapped.lines == ["Pre-sales/", "demo"])
    }

    @Test func whitespaceFromSpreadsheetsIsCollapsed() {
        #expect(LabelWrapping.normalized("  Team\n\tNorr  ") == "Team Norr")
        #expect(LabelWrapping.wrap("", maximumWidth: 80, maximumLines: 2, fontSize: fontSize).lines.isEmpty)
    }

    @Test func truncateKeepsWhatFits() {
        #expect(LabelWrapping.truncate("Avslut", maximumWidth: 100, fontSize: fontSize) == "Avslut")
        let cut = LabelWrapping.truncate("Förhandlingsteknik", maximumWidth: 50, fontSize: fontSize)
        #expect(cut.hasSuffix("…") && width(cut) <= 50 && cut.count > 1)
        #expect(LabelWrapping.truncate("Förhandling", maximumWidth: 1, fontSize: fontSize) == "…")
    }
}
