import Testing
@testable import KeelCharts

@Suite struct XMLEscapingTests {
    @Test func escapesTheFiveMarkupCharacters() {
        #expect(XMLEscaping.escape("<script>&\"'") == "&lt;script&gt;&amp;&quot;&#39;")
    }

    @Test func keepsNordicLettersAndDropsCharactersXMLForbids() {
        #expect(XMLEscaping.escape("Åsa Ødegård æøå ÄÖ") == "Åsa Ødegård æøå ÄÖ")
        #expect(XMLEscaping.escape("a\u{0C}b\u{0}c") == "abc")
        #expect(XMLEscaping.escape("line\none\ttab") == "line one tab")
    }
}
