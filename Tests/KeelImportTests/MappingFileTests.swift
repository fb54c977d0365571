import Testing
@testable import KeelImport

@Suite struct MappingFileTests {
    @Test func aCustomMappingReadsAllItsParts() throws {
        let mapping = try MappingFile.parse("""
        name: nordic-crm-deals
        kind: deals
        date_format: dd.MM.yyyy
        decimal_separator: ","
        columns:
          external_id: Affärs-ID
          owner: Säljare
          stage: Steg
          closed_on: Stängd
        values:
          stage:
            Kvalificering: qualification
            Vunnen: won
            Förlorad: lost
        won_stages: [won]
        """)
        #expect(mapping.name == "nordic-crm-deals")
        #expect(mapping.kind == .deals)
        #expect(mapping.dateFormat == .europeanDots)
        #expect(mapping.decimalSeparator == ",")
        #expect(mapping.columns == [.externalID: "Affärs-ID", .owner: "Säljare", .stage: "Steg", .closedOn: "Stängd"])
        #expect(mapping.values[.stage]?["Vunnen"] == "won")
        #expect(mapping.lostStages == ["lost"])
    }

    func failure(_ yaml: String) -> ImportFileError? {
        do {
            _ = try MappingFile.parse(yaml)
            return nil
        } catch {
            return error
        }
    }

    @Test func mistakesAreReportedWithTheirLine() {
        #expect(failure("name: x\nkind: deals\ncolumns:\n  external_id: ID\n  owner: Owner\n  stage: Stage\n  stag: Stage2\n")
            == .invalidMappingFile(line: 7, message: "'stag' is not a field of deals; expected external_id, title, owner, account, product, stage, status, value, created_on, engaged_on, closed_on"))
        #expect(failure("name: x\nkind: orders\ncolumns: {}\n") == .invalidMappingFile(line: 2, message: "kind 'orders' is not one of deals, activities, people, accounts, products"))
        if case .invalidMappingFile(let line, let message) = failure("name: x\nkind: deals\ncolumns:\n  external_id: ID\n") {
            #expect(line == 4)
            #expect(message.contains("'owner'"))
        } else {
            Issue.record("a mapping without the owner column is refused")
        }
        if case .invalidMappingFile(let line, _) = failure("name: x\nkind: deals\ncolumns: [unclosed\n") {
            #expect(line != nil)
        } else {
            Issue.record("broken YAML is refused")
        }
        #expect(failure("name: x\nkind: deals\ndate_format: yyyy/MM/dd\ncolumns: {}\n")?.description.contains("line 3") == true)
        #expect(failure("nam: x\n")?.description.contains("unknown key 'nam'") == true)
    }
}
