import Foundation
@testable import KeelServer
import KeelImport
import KeelStore
import SalesDomain
import Testing
import Vapor

@Suite(.serialized) struct ImportsAPITests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/datasets/crm-sales-opportunities").standardizedFileURL

    static func file(_ name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    @Test func aLeaderImportsTheSampleThroughTheAPI() async throws {
        try await withServer { server in
            let token = try await server.token(for: server.demo.logins.leader)
            for (kind, file) in [("people", "sales_teams.csv"), ("products", "products.csv"), ("accounts", "accounts.csv")] {
                let exchange = try await server.api(.POST, "/api/v1/imports?kind=\(kind)&mapping=maven-crm-\(kind)", token: token, csv: try Self.file(file))
                #expect(exchange.status == .ok, "\(kind): \(exchange.text.prefix(300))")
            }
            let dry = try await server.api(.POST, "/api/v1/imports?kind=deals&mapping=maven-crm-deals&asOf=2017-12-31&dryRun=true",
                                           token: token, csv: try Self.file("sales_pipeline.csv"))
            #expect(try dry.json()["dryRun"] as? Bool == true)
            #expect(try dry.json()["inserted"] as? Int == 8800)
            let deals = try await server.api(.POST, "/api/v1/imports?kind=deals&mapping=maven-crm-deals&asOf=2017-12-31",
                                             token: token, csv: try Self.file("sales_pipeline.csv"))
            #expect(deals.status == .ok)
            #expect(try deals.json()["inserted"] as? Int == 8800)
            #expect(try deals.json()["stageTransitions"] as? Int == 8800, "2,089 first stays and 6,711 closes")
            let runs = try await server.api(.GET, "/api/v1/imports", token: token).json()
            #expect((runs["items"] as? [[String: Any]])?.count == 4, "the dry run is not recorded")
            #expect(try await DealStore(database: server.app.db, organizationID: server.demo.organization.id).deals().count == 8800)
        }
    }

    @Test func aFileWithBadRowsIsRejectedWithItsReport() async throws {
        try await withServer { server in
            let token = try await server.token(for: server.demo.logins.admin)
            let csv = "opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value\n"
                + "X1,\(server.demo.logins.seller.name),GTX Pro,Acme,Won,2017-01-03,2017-02-01,100\n"
                + "X2,Nobody Known,GTX Pro,Acme,Engagin,2017-01-03,,\n"
            let exchange = try await server.api(.POST, "/api/v1/imports?kind=deals&mapping=maven-crm-deals", token: token, csv: csv)
            #expect(exchange.status == .unprocessableEntity)
            #expect(exchange.error?.code == "rows_rejected")
            let report = try #require(try exchange.json()["report"] as? [String: Any])
            let problems = try #require(report["problems"] as? [[String: Any]])
            #expect(problems.map { $0["line"] as? Int } == [3])
            #expect(problems.first?["column"] as? String == "deal_stage")
            #expect(problems.first?["suggestion"] as? String == "Engaging")
            #expect(try await DealStore(database: server.app.db, organizationID: server.demo.organization.id).deals().isEmpty)
        }
    }

    @Test func badChoicesNameTheirField() async throws {
        try await withServer { server in
            let token = try await server.token(for: server.demo.logins.admin)
            let unknown = try await server.api(.POST, "/api/v1/imports?kind=deals&mapping=excel", token: token, csv: "a\n")
            #expect(unknown.status == .unprocessableEntity && unknown.error?.field == "mapping")
            let wrongKind = try await server.api(.POST, "/api/v1/imports?kind=people&mapping=maven-crm-deals", token: token, csv: "a\n")
            #expect(wrongKind.error?.field == "mapping")
            let noKind = try await server.api(.POST, "/api/v1/imports?mapping=maven-crm-deals", token: token, csv: "a\n")
            #expect(noKind.error?.field == "kind")
            let badDate = try await server.api(.POST, "/api/v1/imports?kind=deals&mapping=maven-crm-deals&asOf=yesterday", token: token, csv: "a\n")
            #expect(badDate.error?.field == "asOf")
            let notCSV = try await server.api(.POST, "/api/v1/imports?kind=deals&mapping=maven-crm-deals", token: token, csv: "")
            #expect(notCSV.error?.field == "file" && notCSV.error?.code == "invalid_file")
        }
    }

    /// Excel's "CSV" on a Swedish Windows: `;`, Windows-1252, `dd.MM.yyyy` and decimal commas.
    @Test func theUploadPageImportsANordicExcelFileAndSaysHowItWasRead() async throws {
        try await withServer { server in
            let browser = TestBrowser(server)
            try await browser.signIn(server.demo.logins.admin.email)
            let seller = server.demo.logins.seller.name
            let csv = "opportunity_id;sales_agent;product;account;deal_stage;engage_date;close_date;close_value;Anteckning\r\n"
                + "N1;\(seller);;;Won;20.10.2016;01.03.2017;1 234,50;Malmö, ring Åsa\r\n"
                + "N2;\(seller);;;Engaging;05.01.2017;;;Växjö\r\n"
            let bytes = try #require(csv.data(using: .isoLatin1))
            #expect(String(data: bytes, encoding: .utf8) == nil, "the file is not UTF-8")
            let done = try await browser.upload("/imports", fields: [("kind", "deals"), ("mapping", "maven-crm-deals"), ("asOf", "2017-03-31")],
                                                file: ("file", "pipeline.csv", bytes))
            #expect(done.status == .ok, "\(done.text.prefix(800))")
            #expect(done.text.contains("Imported 2 rows: 2 new"))
            #expect(done.text.contains("it was read as Windows-1252"))
            let deals = try await DealStore(database: server.app.db, organizationID: server.demo.organization.id).deals()
            let won = try #require(deals.first { $0.externalID == "N1" })
            #expect(won.value == Decimal(string: "1234.5"))
            #expect(won.closedAt == DateColumnFormat.iso.parse("2017-03-01"))
            #expect(won.engagedAt == DateColumnFormat.iso.parse("2016-10-20"))
        }
    }

    /// A HubSpot export writes "Closed Won" and "Closed won", and no engagement date: its won
    /// deals count their cycle from their creation.
    @Test func aHubSpotExportGivesWonDealsTheirCycleFromCreation() async throws {
        try await withServer { server in
            let token = try await server.token(for: server.demo.logins.leader)
            let seller = server.demo.logins.seller
            let csv = "Record ID,Deal Name,Deal owner,Deal Stage,Amount,Create Date,Close Date,Associated Company\n"
                + "H1,Fleet renewal,\(seller.email),Closed Won,12000.50,2019-01-08 09:12,2019-02-19 16:40,\n"
                + "H2,Pilot,\(seller.email),Closed won,3000,2019-01-15,2019-03-01,\n"
                + "H3,Expansion,\(seller.email),closed lost ,0,2019-01-20,2019-02-02,\n"
                + "H4,New site,\(seller.email),Contract Sent,5000,2019-02-01,,\n"
            let imported = try await server.api(.POST, "/api/v1/imports?kind=deals&mapping=hubspot-deals&asOf=2019-06-30", token: token, csv: csv)
            #expect(imported.status == .ok, "\(imported.text.prefix(500))")
            #expect(try imported.json()["inserted"] as? Int == 4)
            let results = try await server.api(
                .GET, "/api/v1/analyses/deal-results?scope=person:\(seller.id.rawValue)&from=2019-01&to=2019-06", token: token).json()
            #expect(results["won"] as? Int == 2 && results["lost"] as? Int == 1)
            // 8 Jan → 19 Feb is 42 days, 15 Jan → 1 Mar 45: the median is 43.5.
            #expect(results["wonWithCycle"] as? Int == 2)
            #expect(results["medianCycleDays"] as? Double == 43.5)
        }
    }

    /// Pipedrive keeps the pipeline stage beside a won/lost status: a deal a later export shows
    /// won from another stage moved there by the close date the file gives.
    @Test func aDealClosedFromAnotherStageMovedThereOnItsCloseDate() async throws {
        try await withServer { server in
            let token = try await server.token(for: server.demo.logins.leader)
            let owner = server.demo.logins.seller.email
            let header = "Deal - ID,Deal - Title,Deal - Owner,Deal - Organization,Deal - Stage,Deal - Status,Deal - Value,Deal - Deal created,Deal - Deal closed on\n"
            let first = header + "P1,Fleet,\(owner),,Proposal Made,open,1000,2019-01-10,\n"
            let second = header + "P1,Fleet,\(owner),,Negotiations Started,won,1000,2019-01-10,2019-02-20\n"
            _ = try await server.api(.POST, "/api/v1/imports?kind=deals&mapping=pipedrive-deals&asOf=2019-02-01", token: token, csv: first)
            let closing = try await server.api(.POST, "/api/v1/imports?kind=deals&mapping=pipedrive-deals&asOf=2019-03-01", token: token, csv: second)
            #expect(closing.status == .ok, "\(closing.text.prefix(500))")
            #expect(try closing.json()["stageTransitions"] as? Int == 2, "the move and the close")
            let history = try #require(try await DealStore(database: server.app.db, organizationID: server.demo.organization.id)
                .histories().first { $0.deal.externalID == "P1" })
            #expect(history.transitions.map(\.stage) == [DealStage("Proposal Made"), DealStage("Negotiations Started")])
            #expect(history.transitions.map(\.enteredAt) == [DateColumnFormat.iso.parse("2019-01-10"), DateColumnFormat.iso.parse("2019-02-20")])
            #expect(history.deal.stage == DealStage("Negotiations Started") && history.deal.outcome == .won)
            #expect(history.close == DealClose(outcome: .won, closedAt: DateColumnFormat.iso.parse("2019-02-20")!))
        }
    }

    /// An export no built-in mapping fits comes with its own mapping file.
    @Test func anImportMayBringItsOwnMappingFile() async throws {
        try await withServer { server in
            let token = try await server.token(for: server.demo.logins.admin)
            let mapping = """
            name: nordic-crm-deals
            kind: deals
            date_format: dd.MM.yyyy
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
            """
            let owner = server.demo.logins.seller.email
            let csv = "Affärs-ID;Säljare;Steg;Värde;Stängd\nA-1;\(owner);vunnen;12 500,75;28.02.2017\nA-2;\(owner);Offert;99,5;\n"
            let imported = try await server.api(.POST, "/api/v1/imports?kind=deals&asOf=2017-03-31", token: token,
                                                parts: [("mapping", "nordic.yaml", Data(mapping.utf8)), ("file", "deals.csv", Data(csv.utf8))])
            #expect(imported.status == .ok, "\(imported.text.prefix(500))")
            #expect(try imported.json()["inserted"] as? Int == 2)
            let runs = try await server.api(.GET, "/api/v1/imports", token: token).json()
            #expect((runs["items"] as? [[String: Any]])?.first?["mapping"] as? String == "nordic-crm-deals")
            // The import history says who imported it and when.
            let latest = (runs["items"] as? [[String: Any]])?.first
            #expect((latest?["importedBy"] as? String)?.lowercased() == server.demo.logins.admin.id.description)
            #expect(latest?["importedByName"] as? String == server.demo.logins.admin.name)
            #expect(latest?["importedAt"] as? String != nil)
            let deals = try await DealStore(database: server.app.db, organizationID: server.demo.organization.id).deals()
            #expect(deals.first { $0.externalID == "A-1" }?.value == Decimal(string: "12500.75"))

            // A mapping that names the wrong delimiter: the header does not split, and the answer says why.
            let comma = mapping + "\ndelimiter: \",\"\n"
            let wrong = try await server.api(.POST, "/api/v1/imports?kind=deals", token: token,
                                             parts: [("mapping", "nordic.yaml", Data(comma.utf8)), ("file", "deals.csv", Data(csv.utf8))])
            #expect(wrong.status == .unprocessableEntity && wrong.error?.field == "file")
            #expect(wrong.text.contains("The file is separated by “;”, not “,”"), "\(wrong.text)")

            let broken = try await server.api(.POST, "/api/v1/imports?kind=deals", token: token,
                                              parts: [("mapping", "nordic.yaml", Data("name: x\nkind: deals\ncolumns: {stage: Steg}\n".utf8)),
                                                      ("file", "deals.csv", Data(csv.utf8))])
            #expect(broken.status == .unprocessableEntity && broken.error?.field == "mapping", "\(broken.text)")
            let otherKind = try await server.api(.POST, "/api/v1/imports?kind=people", token: token,
                                                 parts: [("mapping", "nordic.yaml", Data(mapping.utf8)), ("file", "deals.csv", Data(csv.utf8))])
            #expect(otherKind.error?.field == "mapping")
        }
    }

    @Test func theUploadPageShowsEachMappingsColumnsWithATemplate() async throws {
        try await withServer { server in
            let browser = TestBrowser(server)
            try await browser.signIn(server.demo.logins.leader.email)
            let page = try await browser.get("/imports").text
            for mapping in BuiltInMappings.all {
                #expect(page.contains("id=\"columns-\(mapping.name)\""), "\(mapping.name)")
                #expect(page.contains("href=\"/imports/templates/\(mapping.name).csv\""), "\(mapping.name)")
            }
            #expect(page.contains("<td><code>Deal Stage</code></td><td><code>stage</code> (required)</td>"))
            let template = try await browser.get("/imports/templates/hubspot-deals.csv")
            #expect(template.status == .ok)
            #expect(template.headers.first(name: .contentType)?.hasPrefix("text/csv") == true)
            #expect(template.headers.first(name: .contentDisposition) == "attachment; filename=\"hubspot-deals.csv\"")
            #expect(template.text == "\u{FEFF}Record ID,Deal Name,Deal owner,Associated Company,Deal Stage,Amount,Create Date,Close Date\r\n")
            #expect(try await browser.get("/imports/templates/excel.csv").status == .notFound)
        }
    }

    @Test func theUploadPageImportsAFile() async throws {
        try await withServer { server in
            let browser = TestBrowser(server)
            try await browser.signIn(server.demo.logins.admin.email)
            let form = try await browser.get("/imports")
            #expect(form.status == .ok)
            #expect(form.text.contains("enctype=\"multipart/form-data\""))
            let done = try await browser.upload("/imports", fields: [("kind", "products"), ("mapping", "maven-crm-products"), ("asOf", "")],
                                                file: ("file", "products.csv", try Self.file("products.csv")))
            #expect(done.status == .ok, "\(done.text.prefix(500))")
            #expect(done.text.contains("Imported 7 rows: 7 new"))
            #expect(done.text.contains("id=\"import-runs\""))
            let rejected = try await browser.upload("/imports", fields: [("kind", "products"), ("mapping", "maven-crm-products")],
                                                    file: ("file", "bad.csv", "product,series,sales_price\nGTX Basic,GTX,-3\n"))
            #expect(rejected.status == .unprocessableEntity)
            #expect(rejected.text.contains("line 2, column &#39;sales_price&#39;, value &#39;-3&#39;: must not be negative"))
            let seller = TestBrowser(server)
            try await seller.signIn(server.demo.logins.seller.email)
            #expect(try await seller.get("/imports").status == .forbidden)
        }
    }

    /// Issue 13, item 15: a custom mapping file's problems, on the upload page and the API, are
    /// worded in the reader's language, each at its line, all at once, and nothing is imported.
    @Test func aMappingFilesProblemsAreListedAtOnceInTheReadersLanguage() async throws {
        try await withServer { server in
            let browser = TestBrowser(server)
            try await browser.signIn(server.demo.logins.admin.email)
            _ = try await browser.post("/language", form: [("language", "sv"), ("returnTo", "/imports")])
            try await browser.get("/imports")
            // line 3: an unknown date format; line 6: not a field of deals; columns lack owner and stage
            let broken = "name: x\nkind: deals\ndate_format: yyyy/MM/dd\ncolumns:\n  external_id: ID\n  stag: Steg\n"
            let csv = Data("ID,Steg\n1,won\n".utf8)
            let page = try await browser.upload("/imports", fields: [("kind", "deals"), ("mapping", "maven-crm-deals")],
                                                files: [("mappingFile", "egen.yaml", Data(broken.utf8)), ("file", "deals.csv", csv)])
            #expect(page.status == .unprocessableEntity)
            for phrase in ["kolumnmappningsfilen rad 3: date_format", "kolumnmappningsfilen rad 6: &#39;stag&#39; är inte ett fält för deals",
                           "columns måste ange vilken kolumn som håller &#39;owner&#39;", "columns måste ange vilken kolumn som håller &#39;stage&#39;"] {
                #expect(page.text.contains(phrase), "\(phrase)")
            }
            #expect(!page.text.contains("is not one of") && !page.text.contains("must say which column"))
            #expect(page.text.contains("href=\"#field-mappingFile\""))

            let token = try await server.token(for: server.demo.logins.admin)
            let api = try await server.api(.POST, "/api/v1/imports?kind=deals", token: token,
                                           parts: [("mapping", "egen.yaml", Data(broken.utf8)), ("file", "deals.csv", csv)])
            #expect(api.status == .unprocessableEntity)
            let problems = try #require(try api.json()["problems"] as? [[String: Any]])
            #expect(problems.count == 4)
            #expect(problems.allSatisfy { $0["field"] as? String == "mapping" })
            let messages = problems.compactMap { $0["message"] as? String }
            #expect(messages.first?.hasPrefix("kolumnmappningsfilen rad 3: date_format") == true, "\(messages)")
            #expect(messages.allSatisfy { !$0.contains("must") && !$0.contains("is not") }, "\(messages)")
            #expect(try await DealStore(database: server.app.db, organizationID: server.demo.organization.id).deals().allSatisfy { $0.externalID != "1" })
        }
    }
}
