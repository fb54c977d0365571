import Foundation
import Testing
@testable import KeelImport

@Suite struct CSVReaderTests {
    func records(_ text: String) -> [Result<CSVRecord, CSVError>] {
        Array(CSVReader(string: text))
    }

    @Test func plainRecordsWithTheirLines() throws {
        let rows = try records("a,b,c\n1,2,3\n").map { try $0.get() }
        #expect(rows == [CSVRecord(line: 1, fields: ["a", "b", "c"]), CSVRecord(line: 2, fields: ["1", "2", "3"])])
    }

    @Test func quotedFieldsKeepSeparatorsQuotesAndLineBreaks() throws {
        let rows = try records("name,note\r\n\"Berg, Anna\",\"said \"\"hej\"\"\nthen left\"\r\nx,\n").map { try $0.get() }
        #expect(rows.map(\.fields) == [["name", "note"], ["Berg, Anna", "said \"hej\"\nthen left"], ["x", ""]])
        #expect(rows.map(\.line) == [1, 2, 4])
    }

    @Test func aByteOrderMarkIsSkippedAndTheLastLineNeedsNoNewline() throws {
        let rows = try records("\u{FEFF}a,b\n1,2").map { try $0.get() }
        #expect(rows.map(\.fields) == [["a", "b"], ["1", "2"]])
    }

    @Test func aTruncatedQuotedFieldIsReportedWithItsLine() {
        let rows = records("a,b\n1,\"never closed\n")
        guard case .failure(let error) = rows.last else {
            Issue.record("expected a failure")
            return
        }
        #expect(error == .unterminatedQuote(line: 2))
        #expect(error.description.contains("truncated"))
    }

    @Test func aStrayQuoteIsReported() {
        #expect(records("a,b\n1,ab\"c\n").last.flatMap { if case .failure(let e) = $0 { e } else { nil } } == CSVError.unexpectedQuote(line: 2, column: 2))
    }

    @Test func anEmptyFileIsAnError() {
        #expect(records("").count == 1)
        #expect(records("").first.flatMap { if case .failure(let e) = $0 { e } else { nil } } == CSVError.empty)
    }

    @Test func bytesThatAreNotUTF8AreReported() {
        let reader = CSVReader { AnyIterator([[0x61, 0x2C, 0xFF, 0xFE, 0x0A]].makeIterator()) }
        #expect(Array(reader).first.flatMap { if case .failure(let e) = $0 { e } else { nil } } == CSVError.notText(line: 1))
    }

    @Test func recordsSpanningChunkBoundariesAreJoined() throws {
        let text = Array("id,name\n1,\"Ann\"\"a\"\n2,Bo\n".utf8)
        let chunks = stride(from: 0, to: text.count, by: 3).map { Array(text[$0..<min($0 + 3, text.count)]) }
        let reader = CSVReader { AnyIterator(chunks.makeIterator()) }
        let rows = try Array(reader).map { try $0.get() }
        #expect(rows.map(\.fields) == [["id", "name"], ["1", "Ann\"a"], ["2", "Bo"]])
    }

    /// Found by the CSV fuzzer (scripts/fuzz): a file starting with 0xEF that is not a
    /// byte-order mark lost that byte when the chunk ended inside the would-be mark.
    @Test(arguments: [[0xEF, 0x80, 0x80, 0x80], [0xEF, 0xBB, 0x41], [0xEF, 0xBB, 0xBF, 0x41], [0xEF]] as [[UInt8]])
    func aByteOrderMarkCutByChunksReadsAsInOnePiece(bytes: [UInt8]) throws {
        let whole = Array(CSVReader(bytes: bytes, separator: ",", encoding: .windows1252))
        let byteAtATime = CSVReader(separator: ",", encoding: .windows1252) { AnyIterator(bytes.map { [$0] }.makeIterator()) }
        #expect(Array(byteAtATime) == whole)
    }

    @Test func theSharedCRMExportStreamsFromDisk() throws {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("../shared/datasets/crm-sales-opportunities/sales_pipeline.csv").standardizedFileURL
        try #require(FileManager.default.fileExists(atPath: url.path), "the shared dataset is beside the project")
        var count = 0
        var header: [String] = []
        for result in try CSVReader(fileAt: url, chunkSize: 4096) {
            let record = try result.get()
            if count == 0 { header = record.fields }
            #expect(record.fields.count == 8)
            count += 1
        }
        #expect(header == ["opportunity_id", "sales_agent", "product", "account", "deal_stage", "engage_date", "close_date", "close_value"])
        #expect(count == 8801)
    }
}
