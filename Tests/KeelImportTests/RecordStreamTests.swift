import Foundation
import SalesDomain
import Testing
@testable import KeelImport

@Suite struct RecordStreamTests {
    let mapping = BuiltInMappings.named("maven-crm-deals")!

    @Test func theSharedPipelineReadsCompletelyWithTheBuiltInMapping() throws {
        let stream = try RecordStream.deals(try CSVReader(fileAt: SharedDataset.url("sales_pipeline.csv")), mapping: mapping)
        var deals: [DealRecord] = []
        for result in stream { deals.append(try result.get()) }
        #expect(deals.count == 8800)
        #expect(deals.filter { $0.outcome == .won }.count == 4238)
        #expect(deals.filter { $0.outcome == .lost }.count == 2473)
        #expect(deals.filter { $0.outcome == .open }.count == 2089)
        #expect(deals.filter { $0.account == nil }.count == 1425)
        #expect(!deals.contains { $0.product == "GTXPro" })
        #expect(deals.filter { $0.product == "GTX Pro" }.count == 1480)
        let first = try #require(deals.first)
        #expect(first.externalID == "1C1I7A6R")
        #expect(first.owner == "Moses Frase")
        #expect(first.value == 1054)
        #expect(first.engagedOn == DateColumnFormat.iso.parse("2016-10-20"))
        #expect(first.closedOn == DateColumnFormat.iso.parse("2017-03-01"))
        #expect(first.line == 2)
    }

    func problems(_ csv: String, mapping: ColumnMapping? = nil) throws -> [RowProblem] {
        let stream = try RecordStream.deals(CSVReader(string: csv), mapping: mapping ?? self.mapping)
        return stream.flatMap { result -> [RowProblem] in
            if case .failure(let problems) = result { return problems.problems }
            return []
        }
    }

    static let header = "opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value\n"

    @Test func everyProblemOfARowIsReportedWithLineColumnAndValue() throws {
        let found = try problems(Self.header + "X1,,GTX Basic,Acme,Won,2017-02-30,,-5\n")
        #expect(found.map(\.column) == ["sales_agent", "close_value", "engage_date", "close_date"])
        #expect(found.allSatisfy { $0.line == 2 })
        #expect(found[1].reason == "must not be negative")
        #expect(found[2].value == "2017-02-30")
        #expect(found[3].reason == "a won deal needs a close date")
    }

    @Test func anUnknownStageIsRefusedWithASuggestion() throws {
        let found = try problems(Self.header + "X1,Anna,GTX Basic,Acme,Engagin,2017-01-01,,\n")
        #expect(found.count == 1)
        #expect(found[0].column == "deal_stage")
        #expect(found[0].suggestion == "Engaging")
        #expect(found[0].description.contains("did you mean 'Engaging'?"))
    }

    @Test func aMissingColumnFailsTheWholeFileBeforeAnyRow() {
        #expect(throws: ImportFileError.missingColumns(["deal_stage"], found: ["opportunity_id", "sales_agent", "product", "account", "engage_date", "close_date", "close_value"])) {
            _ = try RecordStream.deals(CSVReader(string: "opportunity_id,sales_agent,product,account,engage_date,close_date,close_value\n"), mapping: mapping)
        }
    }

    @Test func emptyAndTruncatedFilesAreReported() throws {
        #expect(throws: ImportFileError.notCSV(.empty)) { _ = try RecordStream.deals(CSVReader(string: ""), mapping: mapping) }
        let truncated = try problems(Self.header + "X1,Anna,GTX Basic,\"Acme,Won\n")
        #expect(truncated.count == 1)
        #expect(truncated[0].reason.contains("truncated"))
        #expect(truncated[0].description.hasPrefix("line 2: a quoted field"), "the line is named once, not twice")
    }

    @Test func controlCharactersAndHugeFieldsAreRefusedNamingRowAndColumn() throws {
        let huge = String(repeating: "x", count: 20_000)
        let found = try problems(Self.header + "X1,Anna\u{0}Berg,GTX Basic,\(huge),Prospecting,2017-01-01,,\n")
        #expect(found.map(\.column) == ["sales_agent", "account"])
        #expect(found.allSatisfy { $0.line == 2 })
        #expect(found[0].reason.contains("control character"))
        #expect(found[1].reason.contains("longer than 10 kB"))
        #expect(found[1].value?.count == RowProblem.shownValueLength + 1, "a huge value is echoed by its start")
        #expect(try problems(Self.header + "X1,Anna,GTX Basic,\"Acme\tNordic\nAB\",Prospecting,2017-01-01,,\n").isEmpty,
                "tabs and line breaks in a quoted field are text")
    }

    @Test func aMappedColumnTwiceInTheHeaderFailsTheFile() {
        #expect(throws: ImportFileError.duplicateColumns(["account"])) {
            _ = try RecordStream.deals(CSVReader(string: Self.header.dropLast() + ",account\n"), mapping: mapping)
        }
    }

    @Test func aShortRowIsReported() throws {
        let found = try problems(Self.header + "X1,Anna,GTX Basic\n")
        #expect(found.first?.reason == "has 3 fields but the header has 8")
    }

    @Test func pipedriveStatusDecidesTheOutcome() throws {
        let mapping = try #require(BuiltInMappings.named("pipedrive-deals"))
        let csv = "Deal - ID,Deal - Title,Deal - Owner,Deal - Organization,Deal - Stage,Deal - Status,Deal - Value,Deal - Deal created,Deal - Deal closed on\n"
            + "17,Big one,Anna Berg,Acme,Negotiation,Won,\"12,500\",2024-01-02,2024-03-04 10:00:00\n"
            + "18,Small one,Anna Berg,Acme,Qualified,Open,900,2024-01-05,\n"
        let deals = try RecordStream.deals(CSVReader(string: csv), mapping: mapping).map { try $0.get() }
        #expect(deals.map(\.outcome) == [.won, .open])
        #expect(deals[0].stage == DealStage("negotiation"))
        #expect(deals[0].value == 12500)
    }

    @Test func activitiesReadDurationsInMinutesOrClockTime() throws {
        let mapping = try #require(BuiltInMappings.named("pipedrive-activities"))
        let csv = "Activity - ID,Activity - Type,Activity - Subject,Activity - Assigned to user,Activity - Due date,Activity - Marked as done time,Activity - Duration,Activity - Deal ID\n"
            + "1,Call,Intro,Anna Berg,2024-01-08,2024-01-08 09:30:00,00:30,17\n"
            + "2,Meeting,Demo,Anna Berg,2024-01-09,,-10,17\n"
            + "3,Meeting,Offsite,Anna Berg,2024-01-10,,24:01,17\n"
            + "4,Meeting,Workshop,Anna Berg,2024-01-11,,1440,17\n"
        let results = Array(try RecordStream.activities(CSVReader(string: csv), mapping: mapping))
        #expect(try results[0].get().durationMinutes == 30)
        #expect(try results[0].get().deal == "17")
        // Read as written: whether a duration is within a day is `ActivityLimits`', checked with
        // the activity's other limits when it is imported (CRMImportStoreTests).
        #expect(try results[1].get().durationMinutes == -10)
        #expect(try results[2].get().durationMinutes == 1_441)
        #expect(try results[3].get().durationMinutes == 1_440)
    }

    @Test func everyBuiltInMappingOnlyUsesFieldsOfItsKind() {
        for mapping in BuiltInMappings.all {
            #expect(Set(mapping.columns.keys).isSubset(of: Set(ImportField.fields(for: mapping.kind))), "\(mapping.name)")
            #expect(Set(ImportField.requiredFields(for: mapping.kind)).isSubset(of: Set(mapping.columns.keys)), "\(mapping.name)")
        }
        #expect(Set(BuiltInMappings.all.map(\.name)).count == BuiltInMappings.all.count)
    }
}
