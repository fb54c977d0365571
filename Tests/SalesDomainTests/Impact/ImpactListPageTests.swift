import Foundation
import Testing
@testable import SalesDomain

@Suite("Impact list: one page of the interventions, newest first, ties by id")
struct ImpactListPageTests {
    static let day: TimeInterval = 86_400
    static let start = Date(timeIntervalSince1970: 1_780_000_000)
    static let anna = Person.ID(UUID(uuidString: "00000000-0000-0000-0000-00000000000A")!)
    static let bo = Person.ID(UUID(uuidString: "00000000-0000-0000-0000-00000000000B")!)

    /// Five interventions: two of them started the same moment (ordered by their ids, coaching
    /// before practice read backwards: "practice~…" > "coaching~…").
    static let interventions = [
        Intervention(sellerID: anna, channel: .coaching, target: .activityType(.call), startedAt: start),
        Intervention(sellerID: anna, channel: .practice, target: .activityType(.call), startedAt: start.addingTimeInterval(3 * day)),
        Intervention(sellerID: bo, channel: .coaching, target: .activityType(.call), startedAt: start.addingTimeInterval(3 * day)),
        Intervention(sellerID: bo, channel: .coaching, target: .activityType(.meeting), startedAt: start.addingTimeInterval(9 * day)),
        Intervention(sellerID: anna, channel: .coaching, target: .activityType(.meeting), startedAt: start.addingTimeInterval(1 * day)),
    ]

    @Test("Pages of two: day 9; day 3 practice, day 3 coaching; day 1; day 0 — and past the end, none")
    func pages() {
        let i = Self.interventions
        #expect(ImpactList.page(of: i, ImpactListQuery(offset: 0, limit: 2)) == [i[3], i[1]])
        #expect(ImpactList.page(of: i, ImpactListQuery(offset: 2, limit: 2)) == [i[2], i[4]])
        #expect(ImpactList.page(of: i, ImpactListQuery(offset: 4, limit: 2)) == [i[0]])
        #expect(ImpactList.page(of: i, ImpactListQuery(offset: 5, limit: 2)) == [])
        #expect(ImpactList.page(of: i.reversed(), ImpactListQuery(offset: 0, limit: .max)) == [i[3], i[1], i[2], i[4], i[0]], "the order is the data's, not the input's")
    }

    @Test("A negative offset or limit reads as none skipped and none shown, never a crash")
    func clamped() {
        #expect(ImpactListQuery(offset: -3, limit: -1) == ImpactListQuery(offset: 0, limit: 0))
        #expect(ImpactList.page(of: Self.interventions, ImpactListQuery(offset: -3, limit: -1)) == [])
    }
}
