import Foundation

extension StageVelocity {
    /// Stage-to-stage conversion per group, for every pipeline stage in pipeline order.
    ///
    /// Definition: of the deals that entered stage S (first entry into S within `enteredIn`,
    /// all deals when `nil`), the share that *advanced*: later entered a stage further down
    /// the pipeline, or were won. "Further down", not "the next stage", because deals skip
    /// stages, and a deal that jumped from qualification to negotiation did convert out of
    /// qualification. For the last stage, advancing means winning.
    ///
    /// Also counted: deals lost while in S and deals open in S now. Stages missing from the
    /// pipeline have no "further", so they are not reported.
    public static func conversion<Key>(
        histories: some Sequence<DealHistory>, pipeline: DealPipeline, grouping: PersonGrouping<Key>,
        enteredIn: Range<Date>? = nil
    ) -> [Key: [StageConversion]] {
        var counts: [Key: [DealStage: StageConversion]] = [:]
        for history in histories where history.hasHistory {
            let keys = grouping.keys(for: history.deal.ownerID)
            guard !keys.isEmpty else { continue }
            let stays = history.stays
            let lastStage = stays.last?.stage
            for stage in pipeline.stages {
                guard let entry = firstEntry(into: stage, of: history), enteredIn.map({ $0.contains(entry) }) ?? true,
                      let position = pipeline.position(of: stage)
                else { continue }
                let advanced = history.deal.outcome == .won || stays.contains { stay in
                    stay.enteredAt > entry && (pipeline.position(of: stay.stage) ?? -1) > position
                }
                for key in keys {
                    var conversion = counts[key, default: [:]][stage] ?? StageConversion(stage: stage)
                    conversion.entered += 1
                    if advanced { conversion.advanced += 1 }
                    if history.deal.outcome == .lost, lastStage == stage { conversion.lostHere += 1 }
                    if history.deal.outcome == .open, lastStage == stage { conversion.openHere += 1 }
                    counts[key, default: [:]][stage] = conversion
                }
            }
        }
        return counts.mapValues { byStage in
            pipeline.stages.map { byStage[$0] ?? StageConversion(stage: $0) }
        }
    }
}
