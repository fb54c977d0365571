import Foundation
import Testing
@testable import SalesDomain

@Suite("The suggested focus: what the diagnosis points a coaching session at")
struct CoachingSuggestionTests {
    typealias F = DiagnosisFixture
    let stalled = Deal.ID(UUID(uuidString: "00000000-0000-0000-0007-000000000001")!)

    func suggestion(_ evidence: SellerEvidence, stalled: Deal.ID? = nil) throws -> CoachingSuggestion? {
        let diagnosis = try #require(F.report([evidence]).seller(evidence.personID))
        return CoachingSuggestion.suggest(for: diagnosis, longestStalledDeal: stalled)
    }

    @Test("Can but doesn't: follow-up on the activity type with the largest shortfall, not training")
    func executionGap() throws {
        // Prospecting: calls 10 planned, 6 on time → 0.6 < 0.8; level 3 = target.
        let suggestion = try suggestion(F.seller(1, calls: (10, 6)), stalled: stalled)
        #expect(suggestion == CoachingSuggestion(type: .followUp, focus: .activityType(.call), reason: .executionGap, areaKey: "prospecting"))
    }

    @Test("Can't but does: skill coaching on the competency furthest below target")
    func competenceGap() throws {
        let suggestion = try suggestion(F.seller(1, prospectingLevel: 2))
        #expect(suggestion == CoachingSuggestion(type: .skill, focus: .competency(F.coldCalling), reason: .competenceGap, areaKey: "prospecting"))
    }

    @Test("A development need comes before an execution gap in another area")
    func developmentNeedFirst() throws {
        // Prospecting: level 2, calls 0.5 → development need; negotiation: level 3, proposals 0.5 → execution gap.
        let suggestion = try suggestion(F.seller(1, prospectingLevel: 2, calls: (10, 5), proposals: (10, 5)))
        #expect(suggestion?.reason == .developmentNeed)
        #expect(suggestion?.type == .skill)
        #expect(suggestion?.areaKey == "prospecting")
    }

    @Test("Nothing needs attention but a deal stalls: deal coaching on it; nothing at all: no suggestion")
    func stalledDealOrNothing() throws {
        #expect(try suggestion(F.seller(1), stalled: stalled) == CoachingSuggestion(type: .deal, focus: .deal(stalled), reason: .stalledDeal, areaKey: nil))
        #expect(try suggestion(F.seller(1)) == nil)
    }
}
