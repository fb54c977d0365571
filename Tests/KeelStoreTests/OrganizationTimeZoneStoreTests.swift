import FluentKit
import Foundation
import KeelStore
import SalesDomain
import Testing

extension StoreSuites {
    /// An organization's time zone is one setting that every writer and reader of weeks uses.
    @Suite struct OrganizationTimeZoneStoreTests {
        @Test(arguments: StoreBackend.available)
        func weeksFollowTheOrganizationsTimeZone(_ backend: StoreBackend) async throws {
            try await withStore(backend) { database in
                // setup: Sunday 11 January 2026 at 20:00 UTC is still week 2 in Stockholm, but
                // Monday 05:00 of week 3 in Tokyo.
                let demo = StoreFixture.demo()
                try await Organizations(database: database).store(demo, passwordHashes: [:])
                let settings = OrganizationSettings(database: database, organizationID: demo.organization.id)
                #expect(try await settings.calendar() == .stockholm, "Keel's default until set")
                try await settings.setTimeZone("Asia/Tokyo", by: nil, at: StoreFixture.now)
                let tokyo = try #require(WeekCalendar(timeZoneIdentifier: "Asia/Tokyo"))
                #expect(try await settings.calendar() == tokyo)
                let seller = demo.logins.seller
                let planned = Date(timeIntervalSince1970: 1_768_161_600) // 2026-01-11T20:00:00Z
                // MUT
                _ = try await ActivityLog(database: database, organizationID: demo.organization.id).log(
                    .init(type: ActivityType("call"), plannedDate: planned, durationMinutes: 30, doneDate: planned),
                    owner: seller.id, actor: seller.id, at: planned.addingTimeInterval(86_400 * 7))
                // validate: the rollups put the time spent in Tokyo's week 3, as the analyses read them
                let analytics = try await ExecutionAnalytics.of(database: database, organizationID: demo.organization.id)
                #expect(analytics.calendar == tokyo)
                let week2 = ISOWeek(year: 2026, week: 2)!, week3 = ISOWeek(year: 2026, week: 3)!
                let byWeek = try await analytics.timeAllocation(.person(seller.id), weeks: week2...week3, asOf: .distantFuture).weeks
                #expect(byWeek.map(\.allocation.totalMinutes) == [0, 30])
            }
        }

        @Test(arguments: StoreBackend.available)
        func theTimeZoneIsSetBeforeExecutionDataOrNotAtAll(_ backend: StoreBackend) async throws {
            try await withStore(backend) { database in
                let demo = StoreFixture.demo()
                try await Organizations(database: database).store(demo, passwordHashes: [:])
                let settings = OrganizationSettings(database: database, organizationID: demo.organization.id)
                await #expect(throws: FieldError.self) { try await settings.setTimeZone("Mars/Olympus_Mons", by: nil, at: StoreFixture.now) }
                _ = try await ActivityLog(database: database, organizationID: demo.organization.id).log(
                    .init(type: ActivityType("call"), plannedDate: StoreFixture.now, durationMinutes: 30),
                    owner: demo.logins.seller.id, actor: demo.logins.seller.id, at: StoreFixture.now)
                do {
                    try await settings.setTimeZone("Europe/Oslo", by: nil, at: StoreFixture.now)
                    Issue.record("a time zone change after activities exist was accepted")
                } catch let error as FieldError {
                    #expect(error.field == "timeZone" && error.code == .conflict)
                }
                #expect(try await settings.calendar() == .stockholm)
            }
        }
    }
}
