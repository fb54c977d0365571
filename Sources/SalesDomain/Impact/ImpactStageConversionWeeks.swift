import Foundation

/// The seller-weeks behind the stage conversion outcome (``ImpactKPI/Kind/stageConversion``):
/// per deal and counted stage, whether it advanced out of the stage or was lost there, in the
/// week that was decided.
///
/// "Advanced" is the funnel's (``StageVelocity/conversion(histories:pipeline:grouping:enteredIn:)``):
/// after its first entry into the stage the deal entered a stage further down the pipeline, or
/// was won. It is decided when that happened — the entry into the further stage, else the win —
/// and a loss is decided when the deal was lost while in the stage. A deal still open in the
/// stage is undecided and not counted, so a window's rate is advanced ÷ decided, the funnel's
/// decided rate, without a recent cohort looking worse only because it has not moved yet.
public enum ImpactStageConversionWeeks {
    /// - Parameters:
    ///   - sellers: everyone in the estimate; a seller with no decided deal has no weeks.
    ///   - stages: the counted stages; one missing from `pipeline` has no "further" and is skipped.
    ///   - weeks: the weeks read; a decision outside them is not counted.
    public static func rows(
        sellers: [Person.ID], histories: some Sequence<DealHistory>, stages: [DealStage], pipeline: DealPipeline,
        weeks: ClosedRange<ISOWeek>, calendar: WeekCalendar
    ) -> [ImpactSellerWeek] {
        let counted = Set(sellers)
        var sums: [Person.ID: [ISOWeek: (advanced: Double, decided: Double)]] = [:]
        for history in histories where counted.contains(history.deal.ownerID) {
            for stage in stages {
                guard let decision = decision(of: history, at: stage, pipeline: pipeline) else { continue }
                let week = calendar.week(containing: decision.at)
                guard weeks.contains(week) else { continue }
                let old = sums[history.deal.ownerID]?[week] ?? (0, 0)
                sums[history.deal.ownerID, default: [:]][week] = (old.advanced + (decision.advanced ? 1 : 0), old.decided + 1)
            }
        }
        return sums.flatMap { seller, byWeek in
            byWeek.map { ImpactSellerWeek(sellerID: seller, week: $0.key, numerator: $0.value.advanced, denominator: $0.value.decided) }
        }
        .sorted { ($0.sellerID, $0.week) < ($1.sellerID, $1.week) }
    }

    /// Whether the deal advanced out of `stage` or was lost there, and when; `nil` when it never
    /// entered the stage or its fate there is still open.
    static func decision(of history: DealHistory, at stage: DealStage, pipeline: DealPipeline) -> (advanced: Bool, at: Date)? {
        guard let position = pipeline.position(of: stage),
              let entry = history.transitions.first(where: { $0.stage == stage })?.enteredAt
        else { return nil }
        let stays = history.stays
        let further = stays.first { stay in stay.enteredAt > entry && (pipeline.position(of: stay.stage) ?? -1) > position }
        if let further { return (true, further.enteredAt) }
        guard let closedAt = history.deal.closedAt else { return nil }
        switch history.deal.outcome {
        case .won: return (true, closedAt)
        case .lost where stays.last?.stage == stage: return (false, closedAt)
        case .lost, .open: return nil
        }
    }
}
