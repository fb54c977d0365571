import Foundation

/// Where deals lose momentum (SPEC §2, analysis 4): time in each stage, conversion from stage
/// to stage, and stalled deals. All of it is read from ``DealHistory`` values.
///
/// Shared definitions:
/// - A deal's *time in stage S* is the sum, in calendar days (``WeekCalendar/calendarDays(from:to:)``),
///   of its completed stays in S; a deal that went back to S has its stays added.
/// - A stay is *completed* when the deal entered another stage or was closed.
/// - Deals without stage history tell nothing about stages and are left out (the stall
///   analysis lists them as not judged).
public enum StageVelocity {
    /// Time in each stage per group, for deals whose first entry into the stage falls in
    /// `enteredIn` (all deals when `nil`).
    ///
    /// For each stage: the number of deals with a completed stay, the number currently in the
    /// stage, and the median, 75th percentile (``Percentile/linear(_:of:)``) and mean of the
    /// completed deals' time in stage. Every pipeline stage is listed, in pipeline order, even
    /// when empty; stages met in the history but missing from the pipeline follow by code.
    public static func timeInStage<Key>(
        histories: some Sequence<DealHistory>, pipeline: DealPipeline, grouping: PersonGrouping<Key>,
        enteredIn: Range<Date>? = nil, calendar: WeekCalendar
    ) -> [Key: [StageTime]] {
        var samples: [Key: [DealStage: StageDaysSample]] = [:]
        for history in histories {
            let keys = grouping.keys(for: history.deal.ownerID)
            guard !keys.isEmpty else { continue }
            for (stage, days) in completedDaysByStage(history, calendar: calendar, enteredIn: enteredIn) {
                for key in keys { samples[key, default: [:]][stage, default: StageDaysSample()].days.append(Double(days)) }
            }
            if let current = history.currentStay {
                let firstEntered = firstEntry(into: current.stage, of: history) ?? current.enteredAt
                if enteredIn?.contains(firstEntered) ?? true {
                    for key in keys { samples[key, default: [:]][current.stage, default: StageDaysSample()].current += 1 }
                }
            }
        }
        return samples.mapValues { byStage in
            orderedStages(pipeline: pipeline, seen: byStage.keys).map { stage in
                let sample = byStage[stage] ?? StageDaysSample()
                return StageTime(
                    stage: stage, completedDeals: sample.days.count, currentDeals: sample.current,
                    medianDays: Percentile.median(of: sample.days),
                    percentile75Days: Percentile.linear(0.75, of: sample.days),
                    meanDays: sample.days.isEmpty ? nil : sample.days.reduce(0, +) / Double(sample.days.count))
            }
        }
    }

    /// Time in stage of each stage the deal completed at least one stay in, keyed by stage.
    /// With `enteredIn`, only stages whose first entry falls in it.
    static func completedDaysByStage(_ history: DealHistory, calendar: WeekCalendar, enteredIn: Range<Date>? = nil) -> [DealStage: Int] {
        var days: [DealStage: Int] = [:]
        for stay in history.stays {
            guard let leftAt = stay.leftAt else { continue }
            if let enteredIn, let first = firstEntry(into: stay.stage, of: history), !enteredIn.contains(first) { continue }
            days[stay.stage, default: 0] += calendar.calendarDays(from: stay.enteredAt, to: leftAt)
        }
        return days
    }

    static func firstEntry(into stage: DealStage, of history: DealHistory) -> Date? {
        history.transitions.first { $0.stage == stage }?.enteredAt
    }

    /// The pipeline's stages in order, then any other seen stage by code.
    static func orderedStages(pipeline: DealPipeline, seen: some Sequence<DealStage>) -> [DealStage] {
        pipeline.stages + Set(seen).filter { pipeline.position(of: $0) == nil }.sorted()
    }
}

private struct StageDaysSample {
    var days: [Double] = []
    var current = 0
}
