import Foundation
import Testing
@testable import SalesDomain

@Suite("Impact: the stage conversion seller-weeks — deals going on from a stage over those decided there, by the week it was decided")
struct ImpactStageConversionWeeksTests {
    typealias E = ExecutionFixture

    /// `days` after the Monday that starts week `week` of 2026, Stockholm time.
    static func day(_ week: Int, _ days: Int = 0) -> Date {
        ImpactFixture.calendar.start(of: ImpactFixture.week(week)).addingTimeInterval(Double(days) * 86_400 + 9 * 3_600)
    }

    /// Qualification is counted, weeks 10–12 read. Seller 1: deal 1 goes on to proposal in week 11
    /// (its later loss in proposal does not matter here), deal 2 is lost in qualification in week
    /// 11, deal 3 jumps to negotiation in week 12, deal 4 is still in qualification, deal 5 never
    /// entered it. Seller 2: deal 6 is won from qualification in week 11, deal 7 was decided in
    /// week 7, before the weeks read, deal 8 went back to prospecting and was lost there, which
    /// decides nothing about qualification. Deal 9 is a seller's outside the estimate.
    static let histories = [
        E.history(E.deal(1, stage: "proposal", outcome: .lost, closed: day(12, 4)), [("qualification", day(10)), ("proposal", day(11, 1))]),
        E.history(E.deal(2, stage: "qualification", outcome: .lost, closed: day(11, 2)), [("qualification", day(10, 1))]),
        E.history(E.deal(3, stage: "negotiation"), [("qualification", day(10, 2)), ("negotiation", day(12, 1))]),
        E.history(E.deal(4, stage: "qualification"), [("qualification", day(10, 3))]),
        E.history(E.deal(5, stage: "prospecting", outcome: .won, closed: day(12, 2)), [("prospecting", day(10))]),
        E.history(E.deal(6, owner: 2, stage: "qualification", outcome: .won, closed: day(11, 3)), [("qualification", day(10))]),
        E.history(E.deal(7, owner: 2, stage: "proposal"), [("qualification", day(6)), ("proposal", day(7, 1))]),
        E.history(E.deal(8, owner: 2, stage: "prospecting", outcome: .lost, closed: day(12)),
                  [("qualification", day(10)), ("prospecting", day(11))]),
        E.history(E.deal(9, owner: 3, stage: "proposal"), [("qualification", day(10)), ("proposal", day(11))]),
    ]

    static func rows(stages: [DealStage]) -> [String] {
        ImpactStageConversionWeeks.rows(
            sellers: [Fixture.personID(1), Fixture.personID(2)], histories: histories, stages: stages, pipeline: .standard,
            weeks: ImpactFixture.week(10)...ImpactFixture.week(12), calendar: ImpactFixture.calendar
        ).map { "\($0.sellerID == Fixture.personID(1) ? 1 : 2) \($0.week) \(Int($0.numerator))/\(Int($0.denominator))" }
    }

    @Test func eachDealCountsInTheWeekItsFateInTheStageWasDecided() {
        #expect(Self.rows(stages: ["qualification"]) == ["1 2026-W11 1/2", "1 2026-W12 1/1", "2 2026-W11 1/1"])
    }

    /// Proposal as well: deal 1 was lost in proposal in week 12; deal 7's move into proposal was
    /// in week 7 and it is still there.
    @Test func twoStagesCountEachDealOncePerStage() {
        #expect(Self.rows(stages: ["qualification", "proposal"]) == ["1 2026-W11 1/2", "1 2026-W12 1/2", "2 2026-W11 1/1"])
    }

    @Test func aStageOutsideThePipelineCountsNothing() {
        #expect(Self.rows(stages: ["demo-booked"]).isEmpty)
    }

    /// The default signal map links prospecting to the prospecting area and negotiation to both
    /// negotiation and closing; a follow-up KPI's areas are closing's.
    @Test func theOutcomesOfAnInterventionAddTheAreasStages() {
        let signals = DiagnosisSignalMap.nordicB2B
        let prospecting = ImpactKPI.outcomes(for: .competency(.init(UUID())), areaKey: "prospecting", signals: signals)
        #expect(prospecting.map(\.kind) == [.winRate, .wonValue, .cycleTime, .stageConversion])
        #expect(prospecting.last?.stages == ["prospecting"])
        #expect(ImpactKPI.outcomes(for: .activityType(.followUp), areaKey: nil, signals: signals).last?.stages == ["negotiation"])
        #expect(ImpactKPI.outcomes(for: .activityType(.proposal), areaKey: nil, signals: signals).last?.stages == ["negotiation"])
        #expect(ImpactKPI.outcomes(for: .competency(.init(UUID())), areaKey: nil, signals: signals) == ImpactKPI.outcomes)
        #expect(ImpactKPI.outcomes(for: .activityType(.email), areaKey: nil, signals: signals) == ImpactKPI.outcomes)
    }

    /// Estimates kept before stage conversion existed decode with no stages.
    @Test func aKeptKPIWithoutStagesStillDecodes() throws {
        let kept = #"{"kind":"on_time","family":"behaviour","activityTypes":["call"]}"#
        let kpi = try JSONDecoder().decode(ImpactKPI.self, from: Data(kept.utf8))
        #expect(kpi == ImpactKPI(kind: .onTime, family: .behaviour, activityTypes: [.call]))
    }
}
