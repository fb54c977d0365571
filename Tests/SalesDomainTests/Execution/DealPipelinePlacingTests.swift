import Foundation
import Testing
@testable import SalesDomain

/// Stages an import brings that the pipeline does not list go where the mapping's order puts
/// them, and the funnel counts their deals instead of showing 0.
@Suite struct DealPipelinePlacingTests {
    typealias F = ExecutionFixture

    func pipeline(_ stages: [DealStage]) throws -> DealPipeline { try DealPipeline(stages) }

    @Test func anImportedStageGoesAfterItsPredecessorInTheMappingsOrder() {
        let placed = DealPipeline.standard.placing(["engaging", "prospecting"], by: ["prospecting", "engaging"])
        #expect(placed.stages == ["prospecting", "engaging", "qualification", "proposal", "negotiation"])
    }

    @Test func aStageWithoutAListedPredecessorGoesBeforeItsSuccessor() throws {
        let placed = try pipeline(["qualification", "proposal"])
            .placing(["lead", "demo", "closing"], by: ["lead", "qualification", "demo", "proposal", "closing"])
        #expect(placed.stages == ["lead", "qualification", "demo", "proposal", "closing"])
    }

    @Test func listedStagesNeverMove() throws {
        // The organization put b before a; the mapping's a-x-b order only places x (after a).
        let placed = try pipeline(["b", "a"]).placing(["x"], by: ["a", "x", "b"])
        #expect(placed.stages == ["b", "a", "x"])
    }

    @Test func stagesTheOrderDoesNotNameGoLastInCodeOrder() {
        let placed = DealPipeline.standard.placing(["zeta", "alpha", "proposal"], by: [])
        #expect(placed.stages == ["prospecting", "qualification", "proposal", "negotiation", "alpha", "zeta"])
        #expect(DealPipeline.standard.placing(["proposal"], by: ["x"]) == .standard, "nothing new, nothing changes")
    }

    /// The CRM sample's shape: deals in Prospecting and Engaging, which the standard pipeline
    /// lacks.
    /// - D1 open: prospecting 5 Jan → engaging 12 Jan, still there
    /// - D2 lost: engaging 6 Jan → lost 20 Jan
    /// - D3 open: prospecting 7 Jan, still there
    var histories: [DealHistory] {
        [
            F.history(F.deal(1, stage: "engaging"), [("prospecting", F.date(2026, 1, 5)), ("engaging", F.date(2026, 1, 12))]),
            F.history(F.deal(2, stage: "engaging", outcome: .lost, closed: F.date(2026, 1, 20)), [("engaging", F.date(2026, 1, 6))]),
            F.history(F.deal(3, stage: "prospecting"), [("prospecting", F.date(2026, 1, 7))]),
        ]
    }

    func funnel(_ pipeline: DealPipeline) -> [FunnelStep] {
        var facts = DealFacts()
        for history in histories {
            for (key, count) in DealFacts.of(history, pipeline: pipeline, calendar: F.calendar).counts { facts.add(key, count: count) }
        }
        return DealMomentum(pipeline: pipeline, timeInStage: facts.timeInStage(pipeline: pipeline, months: nil),
                            conversion: facts.conversion(pipeline: pipeline, months: nil)).funnel
    }

    @Test func aPlacedStageCountsTheDealsThatReachedItAndWhatWentOn() {
        let steps = funnel(DealPipeline.standard.placing(["prospecting", "engaging"], by: ["prospecting", "engaging"]))
        #expect(steps.map(\.stage) == ["prospecting", "engaging", "qualification", "proposal", "negotiation"])
        // Prospecting: D1 and D3 reached it, D1 went on to engaging: 1 of 2.
        #expect(steps[0].reached == 2 && steps[0].conversion?.advanced == 1 && steps[0].conversion?.rate == 0.5)
        // Engaging: D1 (open there) and D2 (lost there) reached it; neither went on.
        #expect(steps[1].reached == 2 && steps[1].conversion?.advanced == 0)
        #expect(steps[1].conversion?.lostHere == 1 && steps[1].conversion?.openHere == 1)
        #expect(steps[2...].map(\.reached) == [0, 0, 0])
    }

    @Test func aStageThePipelineDoesNotListCountsItsStaysNotZero() {
        let steps = funnel(.standard)
        #expect(steps.map(\.stage) == ["prospecting", "qualification", "proposal", "negotiation", "engaging"])
        // Engaging: D2's finished stay and D1's current one; no conversion without a place in the order.
        #expect(steps[4].reached == 2 && steps[4].conversion == nil)
        #expect(steps[4].time.completedDeals == 1 && steps[4].time.currentDeals == 1)
        // Prospecting: nothing the pipeline lists came after it.
        #expect(steps[0].reached == 2 && steps[0].conversion?.advanced == 0)
    }
}
