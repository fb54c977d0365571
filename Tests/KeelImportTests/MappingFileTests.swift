import Testing
import SalesDomain
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
        func problems(_ yaml: String) -> [MappingFileProblem] {
            if case .invalidMappingFile(let problems) = failure(yaml) { return problems }
            return []
        }
        #expect(problems("name: x\nkind: deals\ncolumns:\n  external_id: ID\n  owner: Owner\n  stage: Stage\n  stag: Stage2\n") == [
            MappingFileProblem(line: 7, Problem(.mappingFileNotAField, [
                "field": "stag", "kind": "deals",
                "expected": "external_id, title, owner, account, product, stage, status, value, created_on, engaged_on, closed_on",
            ]), "'stag' is not a field of deals; expected external_id, title, owner, account, product, stage, status, value, created_on, engaged_on, closed_on"),
        ])
        #expect(problems("name: x\nkind: orders\ncolumns: {}\n").map(\.problem.key) == [.mappingFileKindUnknown])
        #expect(problems("name: x\nkind: orders\ncolumns: {}\n").first?.line == 2)
        let lacking = problems("name: x\nkind: deals\ncolumns:\n  external_id: ID\n")
        #expect(lacking.map(\.line) == [4, 4])
        #expect(lacking.map(\.problem) == [Problem(.mappingFileColumnRequired, ["field": "owner"]), Problem(.mappingFileColumnRequired, ["field": "stage"])])
        let broken = problems("name: x\nkind: deals\ncolumns: [unclosed\n")
        #expect(broken.count == 1 && broken.first?.line != nil && broken.first?.problem.key == .mappingFileNotYAML)
        #expect(failure("name: x\nkind: deals\ndate_format: yyyy/MM/dd\ncolumns: {}\n")?.description.contains("line 3") == true)
        #expect(failure("nam: x\n")?.description.contains("unknown key 'nam'") == true)
    }

    /// Issue 13, item 15: a file is fixed in one round — every problem is reported, in line order.
    @Test func everyProblemOfAFileIsReportedAtOnce() {
        let yaml = """
        name: x
        kind: deals
        date_format: yyyy/MM/dd
        delimiter: x
        columns:
          external_id: ID
          stag: Steg
        won_stages: won
        colour: blue
        """
        guard case .invalidMappingFile(let problems) = failure(yaml) else {
            Issue.record("the file is refused")
            return
        }
        #expect(problems.map(\.problem.key) == [
            .mappingFileDateFormat, .mappingFileDelimiter, .mappingFileColumnRequired, .mappingFileColumnRequired, .mappingFileNotAField,
            .mappingFileNotList, .mappingFileUnknownKey,
        ])
        #expect(problems.map(\.line) == [3, 4, 6, 6, 7, 8, 9])
    }
}
