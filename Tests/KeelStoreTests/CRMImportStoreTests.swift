import FluentKit
import Foundation
import KeelImport
@testable import KeelStore
import SalesDomain
import SQLKit
import Testing

extension StoreSuites {
    /// Importing the public CRM sample, and what imports promise: whole files or nothing,
    /// idempotent by external id, stage history from successive snapshots.
    @Suite struct CRMImportStoreTests {
        static let folder = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("../shared/datasets/crm-sales-opportunities").standardizedFileURL
        static let asOf = Date(timeIntervalSince1970: 1_514_764_800) // 2018-01-01

        static func mapping(_ name: String) -> ColumnMapping { BuiltInMappings.named(name)! }

        static func options(_ file: String, _ mapping: String, asOf: Date = asOf, dryRun: Bool = false) -> CRMImport.Options {
            CRMImport.Options(fileName: file, mapping: mapping, asOf: asOf, dryRun: dryRun)
        }

        /// An empty organization with the sample's people, products and accounts imported.
        static func organizationWithSampleDirectory(_ database: any Database) async throws -> CRMImport {
            let demo = DemoOrganizationGenerator.generate(DemoOrganizationSpec(sellers: 0, seed: 1, slug: "maven", createdAt: asOf))
            try await Organizations(database: database).store(demo, passwordHashes: [:])
            let importer = CRMImport(database: database, organizationID: demo.organization.id)
            let people = try await importer.importPeople(
                try RecordStream.people(try CSVReader(fileAt: folder.appendingPathComponent("sales_teams.csv")), mapping: mapping("maven-crm-people")),
                options: options("sales_teams.csv", "maven-crm-people"))
            #expect(people.report.hasPrefix("Imported 35 rows of people: 41 new"), "\(people.report)")
            let products = try await importer.importProducts(
                try RecordStream.products(try CSVReader(fileAt: folder.appendingPathComponent("products.csv")), mapping: mapping("maven-crm-products")),
                options: options("products.csv", "maven-crm-products"))
            #expect(products.inserted == 7)
            let accounts = try await importer.importAccounts(
                try RecordStream.accounts(try CSVReader(fileAt: folder.appendingPathComponent("accounts.csv")), mapping: mapping("maven-crm-accounts")),
                options: options("accounts.csv", "maven-crm-accounts"))
            #expect(accounts.inserted == 85)
            #expect(accounts.notices == [Problem(.importSectorLooksMisspelt, ["column": "sector", "value": "technolgy", "rows": "12", "suggestion": "technology"])])
            return importer
        }

        static func importPipeline(_ importer: CRMImport, csv: String? = nil, mapping: String = "maven-crm-deals", asOf: Date = asOf, dryRun: Bool = false) async throws -> ImportSummary {
            let reader = try csv.map { CSVReader(string: $0) } ?? CSVReader(fileAt: folder.appendingPathComponent("sales_pipeline.csv"))
            return try await importer.importDeals(try RecordStream.deals(reader, mapping: Self.mapping(mapping)),
                                                  options: options("sales_pipeline.csv", mapping, asOf: asOf, dryRun: dryRun))
        }

        /// The sample's directory and its whole pipeline export (8,800 deals) imported once.
        static let realExportImported = StoreSeeding("maven-export-imported") { database in
            let importer = try await organizationWithSampleDirectory(database)
            return (importer.organizationID, try await importPipeline(importer).report)
        }

        @Test(arguments: StoreBackend.available)
        func winRateAndCycleTimePerOfficeMatchAnIndependentComputation(_ backend: StoreBackend) async throws {
            try await withStore(backend, seeded: Self.realExportImported) { database, imported in
                let (organizationID, report) = imported
                let importer = CRMImport(database: database, organizationID: organizationID)
                #expect(report == "Imported 8800 rows of deals: 8800 new, 0 changed, 0 unchanged, 8800 stage changes recorded.")

                let store = DealStore(database: database, organizationID: importer.organizationID)
                let deals = try await store.deals()
                #expect(deals.count == 8800)
                let directory = Directory(database: database, organizationID: importer.organizationID)
                let people = try await directory.people(PeopleQuery(scope: .organization, viewerID: nil, limit: 1000)).people
                let teams = try await directory.teams()
                let officeOfTeam = Dictionary(uniqueKeysWithValues: teams.map { team in
                    (team.id, team.parentID.flatMap { parent in teams.first { $0.id == parent }?.name } ?? team.name)
                })
                let office = PersonGrouping(Dictionary(uniqueKeysWithValues: people.compactMap { person in
                    person.teamID.flatMap { officeOfTeam[$0] }.map { (person.id, $0) }
                }))
                let results = DealResults.byGroup(deals: deals, grouping: office, calendar: .stockholm)
                // Independent computation over the CSV files (Python, csv + statistics.median):
                // office  won   lost  won/(won+lost)  median days engage→close of won deals
                // Central 1629  975   0.6256          58
                // East    1171  687   0.6302          52
                // West    1438  811   0.6394          59
                #expect(results["Central"]?.won == 1629 && results["Central"]?.lost == 975)
                #expect(results["East"]?.won == 1171 && results["East"]?.lost == 687)
                #expect(results["West"]?.won == 1438 && results["West"]?.lost == 811)
                #expect(results["Central"]?.medianCycleDays == 58)
                #expect(results["East"]?.medianCycleDays == 52)
                #expect(results["West"]?.medianCycleDays == 59)
                #expect(abs((results["Central"]?.winRate ?? 0) - 1629.0 / 2604.0) < 1e-12)
            }
        }

        @Test(arguments: StoreBackend.available)
        func importingTheSameFileTwiceChangesNothing(_ backend: StoreBackend) async throws {
            try await withStore(backend, seeded: Self.realExportImported) { database, imported in
                let importer = CRMImport(database: database, organizationID: imported.0)
                let again = try await Self.importPipeline(importer, asOf: Self.asOf.addingTimeInterval(86_400))
                #expect(again.report == "Imported 8800 rows of deals: 0 new, 0 changed, 8800 unchanged, 0 stage changes recorded.")
                // 2,089 open deals' first stays and 6,711 closes, each once
                #expect(try await DealStore(database: database, organizationID: importer.organizationID).transitions().count == 8800)
            }
        }

        /// Issue 13, item 15: a close the file dates is a transition into the outcome at that
        /// date, not the import's, for every closed deal of the real export, and once.
        @Test(arguments: StoreBackend.available)
        func everyDatedCloseOfTheRealExportIsATransitionAtItsCloseDate(_ backend: StoreBackend) async throws {
            try await withStore(backend, seeded: Self.realExportImported) { database, imported in
                let importer = CRMImport(database: database, organizationID: imported.0)
                _ = try await Self.importPipeline(importer, asOf: Self.asOf.addingTimeInterval(86_400))
                let store = DealStore(database: database, organizationID: importer.organizationID)
                let histories = try await store.histories()
                let closed = histories.filter { $0.deal.isClosed }
                #expect(closed.count == 6711)
                #expect(closed.allSatisfy { history in
                    history.close.map { $0.outcome == history.deal.outcome && $0.closedAt == history.deal.closedAt } ?? false
                })
                let closes = try await store.transitions().filter { DealClose($0) != nil }
                #expect(closes.count == 6711)
                #expect(Set(closes.map(\.dealID)).count == 6711)
                // The first row: Won, closed 2017-03-01 — its stage history on the deal page ends there.
                let first = try #require(histories.first { $0.deal.externalID == "1C1I7A6R" })
                #expect(first.close == DealClose(outcome: .won, closedAt: DateColumnFormat.iso.parse("2017-03-01")!))
                #expect(first.stays.isEmpty, "a deal first seen closed has no known path")
                // Closes are no stays: time in stage and conversion see only pipeline stages.
                #expect(histories.allSatisfy { $0.stays.allSatisfy { DealOutcome(rawValue: $0.stage.rawValue) == nil } })
            }
        }

        static let header = "opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value\n"

        @Test(arguments: StoreBackend.available)
        func aLaterSnapshotRecordsStageChangesAndClosings(_ backend: StoreBackend) async throws {
            try await withStore(backend) { database in
                let importer = try await Self.organizationWithSampleDirectory(database)
                let first = Self.header + "D1,Moses Frase,GTX Pro,Cancity,Prospecting,,,\nD2,Moses Frase,GTX Pro,Cancity,Engaging,2017-10-02,,\n"
                _ = try await Self.importPipeline(importer, csv: first)
                let week = Self.asOf.addingTimeInterval(7 * 86_400)
                let second = Self.header + "D1,Moses Frase,GTX Pro,Cancity,Engaging,2018-01-05,,\nD2,Moses Frase,GTX Pro,Cancity,Won,2017-10-02,2018-01-06,4821\n"
                let summary = try await Self.importPipeline(importer, csv: second, asOf: week)
                #expect(summary.updated == 2 && summary.stageTransitions == 2, "D1's move and D2's close")
                let store = DealStore(database: database, organizationID: importer.organizationID)
                let history = try await store.histories()
                let d1 = try #require(history.first { $0.deal.externalID == "D1" })
                #expect(d1.transitions.map(\.stage) == [DealStage("prospecting"), DealStage("engaging")])
                #expect(d1.transitions.map(\.enteredAt) == [Self.asOf, week])
                let d2 = try #require(history.first { $0.deal.externalID == "D2" })
                #expect(d2.deal.outcome == .won)
                #expect(d2.deal.stage == DealStage("engaging"), "a closed deal keeps the stage it closed from")
                #expect(d2.deal.value == 4821)
                #expect(d2.close == DealClose(outcome: .won, closedAt: DateColumnFormat.iso.parse("2018-01-06")!), "dated by the file, not the import")
                #expect(d2.stays.last?.leftAt == DateColumnFormat.iso.parse("2018-01-06"))

                // D2's 96 days in engaging are the organization's only bar; D1 entered engaging
                // with the second snapshot, and 150 days later it is stalled from that day.
                let stalled = try await ExecutionAnalytics(database: database, organizationID: importer.organizationID, calendar: .stockholm)
                    .stalledDeals(.organization, asOf: week.addingTimeInterval(150 * 86_400))
                #expect(stalled.page.map(\.enteredStageAt) == [week])
                #expect(stalled.page.map(\.daysInStage) == [150])
                #expect(stalled.page.map(\.thresholdDays) == [96])
            }
        }

        /// The sample's "Engaging" is not in Keel's standard pipeline: the import places it after
        /// "Prospecting" as the mapping orders them, and the funnel counts the deals that reached
        /// it — before, it came last with 0.
        @Test(arguments: StoreBackend.available)
        func anImportedStageJoinsThePipelineByTheMappingsOrderAndCountsItsDeals(_ backend: StoreBackend) async throws {
            try await withStore(backend) { database in
                let importer = try await Self.organizationWithSampleDirectory(database)
                let csv = Self.header + "D1,Moses Frase,GTX Pro,Cancity,Prospecting,,,\nD2,Moses Frase,GTX Pro,Cancity,Engaging,2017-10-02,,\n"
                    + "D3,Moses Frase,GTX Pro,Cancity,Engaging,2017-11-02,,\nD4,Moses Frase,GTX Pro,Cancity,Won,2017-10-02,2017-12-06,4821\n"
                let summary = try await Self.importPipeline(importer, csv: csv)
                let settings = OrganizationSettings(database: database, organizationID: importer.organizationID)
                #expect(try await settings.dealPipeline().stages == ["prospecting", "engaging", "qualification", "proposal", "negotiation"])
                #expect(summary.notices == [Problem(.importStagesPlacedInPipeline, [
                    "stages": "engaging", "pipeline": "prospecting → engaging → qualification → proposal → negotiation"])])
                let analytics = ExecutionAnalytics(database: database, organizationID: importer.organizationID, calendar: .stockholm)
                var funnel = try await analytics.momentum(.organization, months: nil).funnel
                #expect(funnel.map(\.stage) == ["prospecting", "engaging", "qualification", "proposal", "negotiation"])
                // D1 reached prospecting; D2 and D3 engaging; D4 was first seen won, with no stage history.
                #expect(funnel.map(\.reached) == [1, 2, 0, 0, 0])

                // A week later D1 is engaging too: 1 of 1 went on from prospecting, 3 reached engaging.
                let week = Self.asOf.addingTimeInterval(7 * 86_400)
                _ = try await Self.importPipeline(importer, csv: csv.replacingOccurrences(of: "Cancity,Prospecting,,", with: "Cancity,Engaging,2018-01-05,"), asOf: week)
                funnel = try await analytics.momentum(.organization, months: nil).funnel
                #expect(funnel.map(\.reached) == [1, 3, 0, 0, 0])
                #expect(funnel[0].conversion?.advanced == 1 && funnel[1].conversion?.openHere == 3)

                // A leader puts engaging first: the rollups are recounted at once and the change is audited.
                try await settings.setDealPipeline(try DealPipeline(["engaging", "prospecting"]), by: nil, at: week)
                funnel = try await analytics.momentum(.organization, months: nil).funnel
                #expect(funnel.map(\.stage) == ["engaging", "prospecting"])
                #expect(funnel.map(\.reached) == [3, 1] && funnel[1].conversion?.advanced == 0, "engaging no longer comes after prospecting")
                let changes = try await AuditEventModel.query(on: database).filter(\.$entity == "setting").all()
                    .filter { $0.changes.contains("deal-pipeline") }
                #expect(changes.count == 2, "the import's placing and the leader's order")
            }
        }

        @Test(arguments: StoreBackend.available)
        func oneBadRowRejectsTheWholeFileWithARowReport(_ backend: StoreBackend) async throws {
            try await withStore(backend) { database in
                let importer = try await Self.organizationWithSampleDirectory(database)
                let csv = Self.header
                    + "D1,Moses Frase,GTX Pro,Cancity,Engaging,2017-10-02,,\n"
                    + "D2,Moses Frase,GTXPro,Cancity,Engaging,2017-10-02,,\n"
                    + "D3,Moses Fraze,GTX Basic,Cancity,Engaging,2017-10-02,,\n"
                    + "D1,Moses Frase,GTX Basic,Cancity,Engaging,2017-10-02,,\n"
                // A custom mapping without the sample's product fix.
                var strict = Self.mapping("maven-crm-deals")
                strict.values[.product] = nil
                let summary = try await importer.importDeals(try RecordStream.deals(CSVReader(string: csv), mapping: strict),
                                                             options: Self.options("bad.csv", "strict"))
                #expect(summary.isRejected)
                #expect(summary.problems.map(\.description) == [
                    "line 3, column 'product', value 'GTXPro': not in the product catalog; did you mean 'GTX Pro'?",
                    "line 4, column 'sales_agent', value 'Moses Fraze': nobody in the organization has this name; import people first; did you mean 'Moses Frase'?",
                    "line 5, column 'opportunity_id', value 'D1': the same deal is on line 2 too",
                ])
                #expect(try await DealStore(database: database, organizationID: importer.organizationID).deals().isEmpty)
            }
        }

        @Test(arguments: StoreBackend.available)
        func aDryRunReportsButWritesNothing(_ backend: StoreBackend) async throws {
            try await withStore(backend) { database in
                let importer = try await Self.organizationWithSampleDirectory(database)
                let summary = try await Self.importPipeline(importer, dryRun: true)
                #expect(summary.inserted == 8800)
                #expect(summary.report.hasSuffix("Dry run: nothing was written."))
                #expect(try await DealStore(database: database, organizationID: importer.organizationID).deals().isEmpty)
            }
        }
    
        @Test(arguments: StoreBackend.available)
        func activitiesAttachToOwnersAndDealsAndUpdateInPlace(_ backend: StoreBackend) async throws {
            try await withStore(backend) { database in
                let importer = try await Self.organizationWithSampleDirectory(database)
                _ = try await Self.importPipeline(importer, csv: Self.header + "D1,Moses Frase,GTX Pro,Cancity,Engaging,2017-10-02,,\n")
                let mapping = Self.mapping("pipedrive-activities")
                let header = "Activity - ID,Activity - Type,Activity - Subject,Activity - Assigned to user,Activity - Due date,Activity - Marked as done time,Activity - Duration,Activity - Deal ID\n"
                func importActivities(_ rows: String) async throws -> ImportSummary {
                    try await importer.importActivities(try RecordStream.activities(CSVReader(string: header + rows), mapping: mapping),
                                                        options: Self.options("activities.csv", mapping.name))
                }
                let first = try await importActivities("A1,Call,Intro,Moses Frase,2017-12-04,2017-12-04 10:00:00,00:30,D1\nA2,Meeting,Demo,Moses Frase,2017-12-05,,01:00,\n")
                #expect(first.report == "Imported 2 rows of activities: 2 new, 0 changed, 0 unchanged.")
                let again = try await importActivities("A1,Call,Intro,Moses Frase,2017-12-04,2017-12-04 10:00:00,00:30,D1\nA2,Meeting,Demo,Moses Frase,2017-12-05,2017-12-06 09:00:00,01:00,\n")
                #expect(again.updated == 1 && again.unchanged == 1)
                let activities = try await ActivityStore(database: database, organizationID: importer.organizationID).activities()
                #expect(activities.map(\.durationMinutes) == [30, 60])
                #expect(activities[0].dealID != nil && activities[1].doneDate != nil)
                let bad = try await importActivities("A3,Call,x,Moses Frase,2017-12-04,,00:10,D9\nA4,Call,x,Nobody Here,2017-12-04,,-5,\n")
                #expect(bad.isRejected)
                #expect(bad.problems.map(\.column) == ["Activity - Deal ID", "Activity - Assigned to user", "Activity - Duration"])
                #expect(try await ActivityStore(database: database, organizationID: importer.organizationID).activities().count == 2)
            }
        }

        /// The limits the plan form and the API apply (`ActivityLimits`), applied to every row:
        /// each row's every problem is reported, at its column, and nothing is stored.
        @Test(arguments: StoreBackend.available)
        func everyRowBreakingAnActivityLimitIsReportedAndNothingIsStored(_ backend: StoreBackend) async throws {
            try await withStore(backend) { database in
                let importer = try await Self.organizationWithSampleDirectory(database)
                let mapping = Self.mapping("pipedrive-activities")
                let long = String(repeating: "x", count: 501)
                let csv = "Activity - ID,Activity - Type,Activity - Subject,Activity - Assigned to user,Activity - Due date,Activity - Marked as done time,Activity - Duration,Activity - Deal ID\n"
                    + "A1,Call,Intro,Moses Frase,2017-12-04,,1441,\n"
                    + "A2,Call,Intro,Moses Frase,2017-12-04,,-1,\n"
                    + "A3,Call,Intro,Moses Frase,1999-12-31,,30,\n"
                    + "A4,Call,Intro,Moses Frase,2017-12-04,2100-01-01,30,\n"
                    + "A5,Call,Intro,Moses Frase,2017-12-04,2018-01-02 00:00:01,30,\n"
                    + "A6,Call,\(long),Moses Frase,2017-12-04,,30,\n"
                    + "A7,Call,\(long),Moses Frase,1950-06-01,2018-01-03,25:00,\n"
                    + "A8,Call,Intro,Moses Frase,2099-12-31,2018-01-02,1440,\n"
                    + "A9,Call,\(String(repeating: "x", count: 500)),Moses Frase,2000-01-01,,0,\n"
                // MUT
                let summary = try await importer.importActivities(try RecordStream.activities(CSVReader(string: csv), mapping: mapping),
                                                                  options: Self.options("limits.csv", mapping.name))
                // validate
                #expect(summary.isRejected)
                let duration = "Activity - Duration", planned = "Activity - Due date", done = "Activity - Marked as done time", subject = "Activity - Subject"
                let found = summary.problems.map { "\($0.line) \($0.column ?? "-") \($0.problem?.key.rawValue ?? $0.reason)" }
                #expect(found == [
                    "2 \(duration) activityDurationOutOfRange",
                    "3 \(duration) activityDurationOutOfRange",
                    "4 \(planned) activityDateOutOfRange",
                    "5 \(done) activityDateOutOfRange",
                    "6 \(done) doneDateInFuture",
                    "7 \(subject) textTooLong",
                    "8 \(planned) activityDateOutOfRange", "8 \(done) doneDateInFuture", "8 \(duration) activityDurationOutOfRange", "8 \(subject) textTooLong",
                ])
                #expect(summary.problems.first?.description == "line 2, column '\(duration)', value '1441': an activity lasts from 0 to 1440 minutes (a day)")
                #expect(summary.problems.first?.problem == Problem(.activityDurationOutOfRange, ["value": "1441", "minimum": "0", "maximum": "1440"]))
                #expect(try await ActivityStore(database: database, organizationID: importer.organizationID).activities().isEmpty)
            }
        }

        /// SQLite imports without enforcing foreign keys (the importer checks its references
        /// itself); the connection must enforce them again afterwards, whether the file was kept
        /// or rejected.
        @Test(arguments: StoreBackend.available)
        func foreignKeysAreEnforcedAgainAfterAnImport(_ backend: StoreBackend) async throws {
            try await withStore(backend) { database in
                let importer = try await Self.organizationWithSampleDirectory(database)
                let kept = try await Self.importPipeline(importer, csv: Self.header + "D1,Moses Frase,GTX Pro,Cancity,Engaging,2017-10-02,,\n")
                let rejected = try await Self.importPipeline(importer, csv: Self.header + "D2,Nobody Here,GTX Pro,Cancity,Engaging,2017-10-02,,\n")
                #expect(!kept.isRejected && rejected.isRejected)
                let sql = database as! any SQLDatabase
                await #expect(throws: (any Error).self) {
                    try await sql.insert(into: "activities")
                        .columns("id", "organization_id", "owner_id", "type", "planned_at", "duration_minutes", "source", "updated_at")
                        .values(SQLBind(UUID()), SQLBind(importer.organizationID.rawValue), SQLBind(UUID()), SQLBind("call"),
                                SQLBind(Self.asOf), SQLBind(30), SQLBind("manual"), SQLBind(Self.asOf))
                        .run()
                }
            }
        }
    }
}
