import FluentKit
import Foundation
@testable import KeelStore
import SalesDomain
import Testing

extension StoreSuites {
    /// Coachable KPIs on both databases: the report recounted from every stored activity and
    /// deal, targets set only by the seller's coach, entered values refused with every problem at
    /// once and nothing stored, every change audited.
    @Suite struct KPIStoreTests {
        @Test(arguments: StoreBackend.available)
        func aSellersReportCountsTheirStoredWorkAndOnlyTheirCoachSetsTargets(_ backend: StoreBackend) async throws {
            try await withStore(backend) { database in
                // setup: 16 weeks of demo activity and deals, so the 13-week window is full
                let demo = StoreFixture.demo(sellers: 24, seed: 5)
                try await Organizations(database: database).store(demo, passwordHashes: [:])
                let spec = try DemoExecutionSpec.weeks(16, endingBefore: StoreFixture.now, seed: 5, calendar: .stockholm).validated()
                let organization = demo.organization.id
                try await ExecutionSeeding(database: database, organizationID: organization)
                    .store(DemoExecutionGenerator(demo, spec: spec), at: StoreFixture.now)
                let store = KPIStore(database: database, organizationID: organization, calendar: .stockholm)
                let hierarchy = TeamHierarchy(demo.teams)
                func policy(_ person: Person) -> AccessPolicy { AccessPolicy(viewer: Viewer(person), hierarchy: hierarchy) }
                let seller = demo.logins.seller
                let coach = try #require(demo.people.first { $0.id != seller.id && policy($0).canCoach(seller) })
                let activities = try await ActivityStore(database: database, organizationID: organization).activities(ownedBy: seller.id)
                let deals = try await DealStore(database: database, organizationID: organization).deals().filter { $0.ownerID == seller.id }

                // MUT: the seller's own report
                let report = try await store.report(of: seller.id, for: policy(seller), asOf: StoreFixture.now)

                let recent = WeekCalendar.stockholm.dateRange(of: report.recentWeeks)
                let doneRecently = activities.filter { $0.doneDate.map(recent.contains) == true }
                func row(_ key: String) throws -> SellerKPIReport.Behaviour { try #require(report.behaviours.first { $0.kpi.key == key }) }
                let meetings = doneRecently.filter { $0.type == .meeting }
                #expect(try row("customer_meetings_per_week").recent.numerator == Double(meetings.count))
                #expect(try row("preparation_minutes_per_meeting").recent
                        == KPIFigure(numerator: Double(doneRecently.filter { $0.type == .meetingPreparation }.reduce(0) { $0 + $1.durationMinutes }),
                                     denominator: Double(meetings.count)))
                let selling = doneRecently.filter { WorkCategoryRules.defaults.category(of: $0.type) == .selling }
                #expect(try row("selling_time_share").recent
                        == KPIFigure(numerator: Double(selling.reduce(0) { $0 + $1.durationMinutes }), denominator: Double(doneRecently.reduce(0) { $0 + $1.durationMinutes })))
                let followUps = MeetingFollowUps.weekly(activities, hours: 48, weeks: report.recentWeeks, calendar: .stockholm)
                #expect(try row("follow_ups_within_48_hours").recent == KPIFigure.sum(followUps.values))
                #expect(try row("customer_meetings_per_week").recent.value != nil, "the demo seller works every week")
                let window = WeekCalendar.stockholm.dateRange(of: report.weeks)
                let closed = deals.filter { $0.isClosed && $0.closedAt.map(window.contains) == true }
                #expect(report.outcomes.won == closed.filter { $0.outcome == .won }.count)
                #expect(report.outcomes.results.lost == closed.filter { $0.outcome == .lost }.count)
                #expect(report.viewerEnters && !report.viewerSetsTargets)

                // MUT: targets — the coach sets one; the seller, a leader and an unrelated seller cannot
                try await store.setTarget(7, kpiKey: "customer_meetings_per_week", of: seller.id, for: policy(coach), at: StoreFixture.now)
                let withTarget = try await store.report(of: seller.id, for: policy(coach), asOf: StoreFixture.now)
                let target = try #require(withTarget.behaviours.first { $0.kpi.key == "customer_meetings_per_week" })
                #expect(target.target == 7 && target.ownTarget?.setBy == coach.id && withTarget.names[coach.id] == coach.name)
                #expect(withTarget.viewerSetsTargets)
                await #expect(throws: AccessRefused(.forbidden, entity: "person", field: "personID")) {
                    try await store.setTarget(1, kpiKey: "customer_meetings_per_week", of: seller.id, for: policy(seller), at: StoreFixture.now)
                }
                await #expect(throws: AccessRefused(.forbidden, entity: "person", field: "personID")) {
                    try await store.setTarget(1, kpiKey: "customer_meetings_per_week", of: seller.id, for: policy(demo.logins.leader), at: StoreFixture.now)
                }
                let stranger = try #require(demo.people.first { $0.accessRole == .seller && $0.teamID != seller.teamID })
                await #expect(throws: AccessRefused(.notFound, entity: "person", field: "personID")) {
                    _ = try await store.report(of: seller.id, for: policy(stranger), asOf: StoreFixture.now)
                }
                await #expect(throws: FieldError(field: "target", code: .invalidValue, .kpiValueTooLarge, ["maximum": "100 %"])) {
                    try await store.setTarget(1.5, kpiKey: "prospecting_on_time", of: seller.id, for: policy(coach), at: StoreFixture.now)
                }
                await #expect(throws: FieldError(field: "kpi", code: .notFound, .unknownKPI, ["value": "happiness"])) {
                    try await store.setTarget(1, kpiKey: "happiness", of: seller.id, for: policy(coach), at: StoreFixture.now)
                }
                try await store.setTarget(nil, kpiKey: "customer_meetings_per_week", of: seller.id, for: policy(coach), at: StoreFixture.now)
                #expect(try await store.report(of: seller.id, for: policy(seller), asOf: StoreFixture.now).behaviours.allSatisfy { $0.ownTarget == nil })

                // MUT: entered values — every problem at once, nothing stored; then a value in and out
                let thisWeek = WeekCalendar.stockholm.week(containing: StoreFixture.now)
                do {
                    try await store.enter(500, kpiKey: "customer_meetings_per_week", week: thisWeek.next, of: seller.id, for: policy(seller), at: StoreFixture.now)
                    Issue.record("refused input was stored")
                } catch let errors as FieldErrors {
                    #expect(errors.errors.map(\.field) == ["kpi", "week", "value"])
                }
                let lastWeek = report.recentWeeks.upperBound
                try await store.enter(3, kpiKey: "referrals_asked_per_week", week: lastWeek, of: seller.id, for: policy(seller), at: StoreFixture.now)
                let entered = try await store.report(of: seller.id, for: policy(coach), asOf: StoreFixture.now)
                #expect(entered.behaviours.first { $0.kpi.key == "referrals_asked_per_week" }?.recent == KPIFigure(numerator: 3, denominator: 1))
                try await store.enter(nil, kpiKey: "referrals_asked_per_week", week: lastWeek, of: seller.id, for: policy(coach), at: StoreFixture.now)
                #expect(try await store.report(of: seller.id, for: policy(seller), asOf: StoreFixture.now)
                        .behaviours.first { $0.kpi.key == "referrals_asked_per_week" }?.status == .noData)

                // The audit trail holds each change with its old and new value.
                let events = try await AuditLog(database: database, organizationID: organization).events(concerning: seller.id)
                    .filter { $0.kind.hasPrefix("kpi_") }
                #expect(events.map(\.action).sorted() == ["enter", "remove", "reset", "set"])
                #expect(events.first { $0.action == "set" }?.changes["customer_meetings_per_week"] == AuditEvent.Change(old: nil, new: "7"))
                #expect(events.first { $0.action == "reset" }?.changes["customer_meetings_per_week"] == AuditEvent.Change(old: "7", new: nil))
                #expect(events.first { $0.action == "remove" }?.changes["referrals_asked_per_week \(lastWeek)"] == AuditEvent.Change(old: "3", new: nil))
            }
        }
    }
}
