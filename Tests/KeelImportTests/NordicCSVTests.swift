import Foundation
import SalesDomain
import Testing
@testable import KeelImport

/// Files as Excel saves them in Sweden, Norway, Denmark and Finland: `;` between fields,
/// Windows-1252 bytes, `dd.MM.yyyy` dates and decimal commas.
@Suite struct NordicCSVTests {
    /// The bytes Excel on a Swedish Windows writes for `text` ("CSV (semikolonavgränsad)").
    static func windows1252(_ text: String) -> [UInt8] {
        text.unicodeScalars.map { scalar -> UInt8 in
            let special: [Unicode.Scalar: UInt8] = ["€": 0x80, "–": 0x96]
            if let byte = special[scalar] { return byte }
            precondition(scalar.value < 0x100, "not in Windows-1252: \(scalar)")
            return UInt8(scalar.value)
        }
    }

    /// The Maven pipeline's columns, as a Swedish user's Excel saves the file.
    static let pipeline = """
    opportunity_id;sales_agent;product;account;deal_stage;engage_date;close_date;close_value\r
    S1;Åsa Öberg;GTX Pro;Malmö Bygg AB;Won;20.10.2016;01.03.2017;1 234,50\r
    S2;Åsa Öberg;GTX Pro;"Kiosk; Café & Co";Won;3.1.2017;15.02.2017;1234,50\r
    S3;Jörgen Ærø;MG Special;Växjö Energi;Engaging;05.01.2017;;\r

    """

    static func deals(_ bytes: [UInt8], mapping: ColumnMapping, separator: Character? = nil) throws -> (RecordStream<DealRecord>, [DealRecord]) {
        let stream = try RecordStream.deals(CSVReader(bytes: bytes, separator: separator, encoding: nil), mapping: mapping)
        return (stream, try stream.map { try $0.get() })
    }

    static func day(_ text: String) -> Date { DateColumnFormat.iso.parse(Substring(text))! }

    @Test func aWindows1252SemicolonFileWithNordicDatesAndAmountsReadsWithTheBuiltInMapping() throws {
        let mapping = try #require(BuiltInMappings.named("maven-crm-deals"))
        let (stream, deals) = try Self.deals(Self.windows1252(Self.pipeline), mapping: mapping)
        #expect(stream.dialect == CSVDialect(separator: ";", encoding: .windows1252))
        #expect(deals.map(\.owner) == ["Åsa Öberg", "Åsa Öberg", "Jörgen Ærø"])
        #expect(deals.map(\.account) == ["Malmö Bygg AB", "Kiosk; Café & Co", "Växjö Energi"])
        #expect(deals.map(\.value) == [Decimal(string: "1234.5"), Decimal(string: "1234.5"), nil])
        #expect(deals.map(\.engagedOn) == [Self.day("2016-10-20"), Self.day("2017-01-03"), Self.day("2017-01-05")])
        #expect(deals.map(\.closedOn) == [Self.day("2017-03-01"), Self.day("2017-02-15"), nil])
        #expect(deals.map(\.outcome) == [.won, .won, .open])
    }

    @Test func theSameFileSavedAsUTF8ReadsTheSame() throws {
        let mapping = try #require(BuiltInMappings.named("maven-crm-deals"))
        let (latin, fromWindows) = try Self.deals(Self.windows1252(Self.pipeline), mapping: mapping)
        let (unicode, fromUTF8) = try Self.deals(Array(Self.pipeline.utf8), mapping: mapping)
        #expect(fromWindows == fromUTF8)
        #expect(latin.dialect.encoding == .windows1252 && unicode.dialect.encoding == .utf8)
    }

    @Test func aCustomMappingMaySayTheDelimiterAndDateFormat() throws {
        let mapping = try MappingFile.parse("""
        name: nordic-crm-deals
        kind: deals
        date_format: dd.MM.yyyy
        decimal_separator: ","
        delimiter: ";"
        columns:
          external_id: Affärs-ID
          owner: Säljare
          stage: Steg
          value: Värde
          closed_on: Stängd
        values:
          stage:
            Offert: proposal
            Vunnen: won
        """)
        #expect(mapping.delimiter == ";")
        let file = Self.windows1252("Affärs-ID;Säljare;Steg;Värde;Stängd\nA-1;Åsa Öberg;Vunnen;12 500,75;28.02.2017\nA-2;Åsa Öberg;Offert;99,5;\n")
        let (stream, deals) = try Self.deals(file, mapping: mapping, separator: mapping.delimiter)
        #expect(stream.dialect.separator == ";")
        #expect(deals.map(\.value) == [Decimal(string: "12500.75"), Decimal(string: "99.5")])
        #expect(deals.map(\.closedOn) == [Self.day("2017-02-28"), nil])
        #expect(try MappingFile.parse("name: t\nkind: products\ndelimiter: \"\\t\"\ncolumns: {name: n}\n").delimiter == "\t")
        #expect(throws: ImportFileError.self) { try MappingFile.parse("name: t\nkind: products\ndelimiter: x\ncolumns: {name: n}\n") }
    }

    @Test func aHeaderThatDoesNotSplitSaysWhatTheFileIsSeparatedBy() throws {
        let mapping = try #require(BuiltInMappings.named("maven-crm-deals"))
        let file = Self.windows1252(Self.pipeline)
        #expect(throws: ImportFileError.separatedBy(";", reading: ",")) {
            _ = try RecordStream.deals(CSVReader(bytes: file, separator: ",", encoding: nil), mapping: mapping)
        }
        let error = ImportFileError.separatedBy(";", reading: ",")
        #expect(error.problem == Problem(.fileSeparatedBy, ["separator": ";", "expected": ","]))
        #expect(error.description.contains("the file is separated by ';'"))
        #expect(ImportFileError.separatedBy("\t", reading: ";").problem?.arguments["separator"] == "\\t", "a tab is shown, not left blank")
        // A header that splits but lacks a column is still reported as missing columns.
        let header = ["opportunity_id", "sales_agent", "product", "account", "engage_date", "close_date", "close_value"]
        #expect(throws: ImportFileError.missingColumns(["deal_stage"], found: header)) {
            _ = try RecordStream.deals(CSVReader(string: header.joined(separator: ";") + "\n", separator: nil), mapping: mapping)
        }
    }

    @Test(arguments: [
        ("a,b,c\n1,2,3\n", ","),
        ("a;b;c\n1,5;2;3\n", ";"),
        ("\"Amount, SEK\";Owner\n", ";"),
        ("a\tb\tc\n", "\t"),
        ("single\n", ","),
    ] as [(String, Character)])
    func theDelimiterIsFoundFromTheHeaderLine(_ example: (String, Character)) {
        var iterator = CSVReader(string: example.0, separator: nil).makeIterator()
        _ = iterator.next()
        #expect(iterator.dialect.separator == example.1)
    }

    @Test func windows1252IsTakenOnlyForTextThatIsNotUTF8() {
        #expect(CSVTextEncoding.detect(Array("Säljare;Steg\n".utf8)) == .utf8)
        #expect(CSVTextEncoding.detect(Self.windows1252("Säljare;Steg\n")) == .windows1252)
        #expect(CSVTextEncoding.detect(Array("Steg;Sä".utf8).dropLast()) == .utf8, "a character cut by the end of the prefix")
        #expect(CSVTextEncoding.detect([0x50, 0x4B, 0x03, 0x04, 0x00, 0xE4, 0x41, 0x42]) == .utf8, "binary (a zip) is not taken for text")
        #expect(CSVTextEncoding.detect([0xFF, 0xFE, 0x61, 0x00]) == .utf8, "UTF-16 is not taken for Windows-1252")
        #expect(CSVTextEncoding.windows1252.decode([0x80, 0x20, 0xE5, 0xE4, 0xF6, 0xC6, 0xD8, 0x96]) == "€ åäöÆØ–")
        let strict = Array(CSVReader(bytes: Self.windows1252("Säljare\n")))
        #expect(strict.first.flatMap { if case .failure(let e) = $0 { e } else { nil } } == .notText(line: 1),
                "a reader told the file is UTF-8 still refuses other bytes")
    }

    @Test(arguments: [
        ("1 234,50", nil, true, "1234.5"),
        ("1234,50", nil, true, "1234.5"),
        ("1\u{A0}234,50", nil, true, "1234.5"),
        ("1.234,50", nil, true, "1234.5"),
        ("1,234.50", nil, false, "1234.5"),
        ("1234.50", nil, true, "1234.5"),
        ("12,5", nil, false, "12.5"),
        ("1,234", nil, true, "1.234"),
        ("1,234", nil, false, "1234"),
        ("1.234", nil, true, "1234"),
        ("1,234,567", nil, false, "1234567"),
        ("1'234.5", nil, false, "1234.5"),
        ("1.234", ",", false, "1234"),
        ("1 234,50", ",", false, "1234.5"),
        ("-5", nil, false, "-5"),
    ] as [(String, Character?, Bool, String)])
    func amountsReadAsTheirRegionWritesThem(_ example: (String, Character?, Bool, String)) {
        #expect(DecimalText.parse(example.0, decimalMark: example.1, commaIsDecimal: example.2) == Decimal(string: example.3))
    }

    @Test(arguments: ["12 kr", "1,2,3.4.5", "", ",", "1-2"])
    func whatIsNoAmountIsRefused(_ text: String) {
        #expect(DecimalText.parse(text, decimalMark: nil, commaIsDecimal: true) == nil)
    }

    @Test func dottedDatesAreAcceptedWhateverTheMappingSaysButSlashedOnesOnlyAsItSays() {
        #expect(DateColumnFormat.iso.parseOrUnmistakable("01.03.2017") == Self.day("2017-03-01"))
        #expect(DateColumnFormat.usSlashes.parseOrUnmistakable("2017-03-01") == Self.day("2017-03-01"))
        #expect(DateColumnFormat.iso.parseOrUnmistakable("01/03/2017") == nil, "March or January: only the mapping can say")
        #expect(DateColumnFormat.usSlashes.parseOrUnmistakable("01/03/2017") == Self.day("2017-01-03"))
    }
}
