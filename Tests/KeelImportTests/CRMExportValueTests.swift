import Foundation
import SalesDomain
import Testing
@testable import KeelImport

/// Values as real CRM exports write them, not as a mapping spells them.
@Suite struct CRMExportValueTests {
    /// A HubSpot deals export: the same stage in two spellings, and stray spaces.
    static let hubSpot = """
    Record ID,Deal Name,Deal owner,Deal Stage,Amount,Create Date,Close Date,Associated Company
    101,Fleet renewal,anna@example.com,Closed Won,12000,2024-01-08 09:12,2024-02-19 16:40,Nordbil AB
    102,Pilot,anna@example.com,Closed won,3000,2024-01-15,2024-03-01,Fjord AS
    103,Expansion,anna@example.com,closed  lost ,0,2024-01-20,2024-02-02,Sund Oy
    104,New site,anna@example.com,CONTRACT SENT,5000,2024-02-01,,Hav ApS

    """

    @Test func hubSpotStagesMatchWhateverTheirCaseAndSpacing() throws {
        let mapping = try #require(BuiltInMappings.named("hubspot-deals"))
        let deals = try RecordStream.deals(CSVReader(string: Self.hubSpot), mapping: mapping).map { try $0.get() }
        #expect(deals.map(\.stage) == [DealStage("won"), DealStage("won"), DealStage("lost"), DealStage("contract_sent")])
        #expect(deals.map(\.outcome) == [.won, .won, .lost, .open])
    }

    @Test func anUnknownStageIsStillRefusedWithTheMappingsSpelling() throws {
        let mapping = try #require(BuiltInMappings.named("hubspot-deals"))
        let file = String(Self.hubSpot.split(separator: "\n")[0]) + "\n105,Big one,anna@example.com,Closed Wonn,1,2024-01-01,2024-02-01,Nordbil AB\n"
        let problems = try RecordStream.deals(CSVReader(string: file), mapping: mapping).flatMap { result -> [RowProblem] in
            if case .failure(let found) = result { return found.problems }
            return []
        }
        #expect(problems.map(\.suggestion) == ["Closed Won"])
    }

    @Test func wonAndLostStagesAndStatusesMatchWithoutRegardToCase() throws {
        var mapping = ColumnMapping(name: "plain", kind: .deals, columns: [.externalID: "id", .owner: "owner", .stage: "stage", .closedOn: "closed"])
        mapping.wonStages = ["Won"]
        mapping.lostStages = ["Lost deal"]
        let file = "id,owner,stage,closed\n1,anna,won,2024-03-01\n2,anna,LOST  DEAL,2024-03-02\n3,anna,Offer,\n"
        let deals = try RecordStream.deals(CSVReader(string: file), mapping: mapping).map { try $0.get() }
        #expect(deals.map(\.outcome) == [.won, .lost, .open])
        #expect(deals.map(\.stage) == [DealStage("won"), DealStage("LOST  DEAL"), DealStage("Offer")], "a stage is kept as written")
    }

    @Test func keysThatDifferOnlyInCaseKeepTheirOwnTranslations() {
        let translate = ValueTranslation(["Won": "won", "WON": "won_big", "Lost": "lost"])
        #expect(translate("Won") == "won" && translate("WON") == "won_big")
        #expect(translate("won") == nil, "two keys fold to it with different values: no guess")
        #expect(translate(" lost ") == "lost")
    }
}

/// What the import page shows of each mapping, and the header-only file it offers.
@Suite struct MappingTemplateTests {
    @Test func aTemplateIsTheHeaderTheMappingReadsAndReadsBackWithIt() throws {
        for mapping in BuiltInMappings.all {
            let template = mapping.templateCSV
            #expect(template.hasPrefix("\u{FEFF}") && template.hasSuffix("\r\n"))
            let records = try Array(CSVReader(string: template, separator: nil)).map { try $0.get() }
            #expect(records.map(\.fields) == [mapping.expectedColumns.map(\.header)], "\(mapping.name)")
            let binding = try HeaderBinding(mapping: mapping, header: records[0].fields)
            #expect(binding.header.count == mapping.columns.count)
        }
    }

    @Test func expectedColumnsFollowKeelsFieldOrderAndMarkTheRequiredOnes() throws {
        let mapping = try #require(BuiltInMappings.named("maven-crm-deals"))
        #expect(mapping.expectedColumns.map(\.header)
                == ["opportunity_id", "sales_agent", "account", "product", "deal_stage", "close_value", "engage_date", "close_date"])
        #expect(mapping.expectedColumns.filter(\.required).map(\.field) == [.externalID, .owner, .stage])
    }

    @Test func headersWithTheSeparatorOrQuotesAreQuoted() {
        let mapping = ColumnMapping(name: "odd", kind: .products, columns: [.name: "Name, short", .series: "The \"series\""], delimiter: ";")
        #expect(mapping.templateCSV == "\u{FEFF}Name, short;\"The \"\"series\"\"\"\r\n")
        var comma = mapping
        comma.delimiter = ","
        #expect(comma.templateCSV == "\u{FEFF}\"Name, short\",\"The \"\"series\"\"\"\r\n")
    }
}
