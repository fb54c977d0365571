import Foundation

/// A group's deals as counts that add up: the rollup the momentum, win-rate and stall-bar
/// analyses of a team, market or organization read instead of every deal's history.
///
/// Days are whole calendar days, so a histogram of days keeps every order statistic: medians
/// and percentiles computed from it equal those computed from the deals themselves (tests
/// prove the reports equal ``StageVelocity`` and ``DealResults`` over the same deals for
/// whole-month periods).
public struct DealFacts: AdditiveCounts, Hashable, Sendable {
    public private(set) var counts: [DealFactKey: Int]

    public init(counts: [DealFactKey: Int] = [:]) {
        self.counts = counts
    }

    public static let empty = DealFacts()

    /// What one deal contributes, by the definitions of ``StageVelocity`` and ``DealResults``.
    public static func of(_ history: DealHistory, pipeline: DealPipeline, calendar: WeekCalendar) -> DealFacts {
        var facts = DealFacts()
        func month(_ date: Date) -> CalendarMonth { calendar.month(containing: date) }
        let completed = StageVelocity.completedDaysByStage(history, calendar: calendar)
        for (stage, days) in completed {
            let first = StageVelocity.firstEntry(into: stage, of: history).map(month)
            facts.add(DealFactKey(.completedStay, stage: stage, month: first, days: days))
        }
        if let current = history.currentStay {
            let first = StageVelocity.firstEntry(into: current.stage, of: history) ?? current.enteredAt
            facts.add(DealFactKey(.currentStay, stage: current.stage, month: month(first)))
        }
        if history.hasHistory {
            let stays = history.stays
            let lastStage = stays.last?.stage
            for stage in pipeline.stages {
                guard let entry = StageVelocity.firstEntry(into: stage, of: history), let position = pipeline.position(of: stage) else { continue }
                let entryMonth = month(entry)
                let advanced = history.deal.outcome == .won || stays.contains { stay in
                    stay.enteredAt > entry && (pipeline.position(of: stay.stage) ?? -1) > position
                }
                facts.add(DealFactKey(.entered, stage: stage, month: entryMonth))
                if advanced { facts.add(DealFactKey(.advanced, stage: stage, month: entryMonth)) }
                if history.deal.outcome == .lost, lastStage == stage { facts.add(DealFactKey(.lostHere, stage: stage, month: entryMonth)) }
                if history.deal.outcome == .open, lastStage == stage { facts.add(DealFactKey(.openHere, stage: stage, month: entryMonth)) }
            }
        }
        if history.deal.isClosed, let closedAt = history.deal.closedAt {
            let closeMonth = month(closedAt)
            if history.deal.outcome == .won {
                facts.add(DealFactKey(.won, month: closeMonth))
                if let cycle = history.deal.salesCycle(calendar: calendar) {
                    facts.add(DealFactKey(.wonCycle, month: closeMonth, days: cycle.days))
                    if cycle.start == .creation { facts.add(DealFactKey(.wonCycleFromCreation, month: closeMonth)) }
                }
                for (stage, days) in completed { facts.add(DealFactKey(.wonStay, stage: stage, days: days)) }
            } else {
                facts.add(DealFactKey(.lost, month: closeMonth))
            }
        }
        return facts
    }

    public mutating func add(_ key: DealFactKey, count: Int = 1) {
        counts[key, default: 0] += count
    }

    // MARK: Reports

    private func count(_ kind: DealFactKey.Kind, stage: DealStage?, in months: ClosedRange<CalendarMonth>?) -> Int {
        counts.reduce(0) { sum, entry in
            let key = entry.key
            guard key.kind == kind, key.stage == stage, months.map({ key.month.map($0.contains) ?? false }) ?? true else { return sum }
            return sum + entry.value
        }
    }

    /// The days behind `kind` for `stage` as a histogram (days → deals), for percentiles.
    private func days(_ kind: DealFactKey.Kind, stage: DealStage?, in months: ClosedRange<CalendarMonth>?) -> [Double: Int] {
        var histogram: [Double: Int] = [:]
        for (key, count) in counts where key.kind == kind && key.stage == stage && count > 0 {
            if let months, !(key.month.map(months.contains) ?? false) { continue }
            if let days = key.days { histogram[Double(days), default: 0] += count }
        }
        return histogram
    }

    /// The stages the group has a completed or current stay in, in any month.
    public var stagesWithStays: Set<DealStage> {
        Set(counts.keys.filter { ($0.kind == .completedStay || $0.kind == .currentStay) && counts[$0, default: 0] > 0 }.compactMap(\.stage))
    }

    /// ``StageVelocity/timeInStage(histories:pipeline:grouping:enteredIn:calendar:)`` for the
    /// group, with `enteredIn` as whole months.
    public func timeInStage(pipeline: DealPipeline, months: ClosedRange<CalendarMonth>?) -> [StageTime] {
        timeInStage(pipeline: pipeline, months: months, seen: stagesWithStays)
    }

    /// The same, with the stages listed after the pipeline's taken from `seen`: for counts a
    /// store has already summed over the months asked, which no longer show the stages seen in
    /// other months.
    ///
    /// The mean is Σ days·count ÷ n in integers first; the sum of the days written out as
    /// doubles is the same number, as every partial sum is an integer below 2⁵³.
    public func timeInStage(pipeline: DealPipeline, months: ClosedRange<CalendarMonth>?, seen: some Sequence<DealStage>) -> [StageTime] {
        StageVelocity.orderedStages(pipeline: pipeline, seen: seen).map { stage in
            let histogram = days(.completedStay, stage: stage, in: months)
            let completed = histogram.values.reduce(0, +)
            let totalDays = histogram.reduce(0) { $0 + Int($1.key) * $1.value }
            return StageTime(
                stage: stage, completedDeals: completed, currentDeals: count(.currentStay, stage: stage, in: months),
                medianDays: Percentile.linear(0.5, ofHistogram: histogram), percentile75Days: Percentile.linear(0.75, ofHistogram: histogram),
                meanDays: completed == 0 ? nil : Double(totalDays) / Double(completed))
        }
    }

    /// ``StageVelocity/conversion(histories:pipeline:grouping:enteredIn:)`` for the group.
    public func conversion(pipeline: DealPipeline, months: ClosedRange<CalendarMonth>?) -> [StageConversion] {
        pipeline.stages.map { stage in
            StageConversion(
                stage: stage, entered: count(.entered, stage: stage, in: months), advanced: count(.advanced, stage: stage, in: months),
                lostHere: count(.lostHere, stage: stage, in: months), openHere: count(.openHere, stage: stage, in: months))
        }
    }

    /// ``DealResults/byGroup(deals:grouping:closedIn:calendar:)`` for the group.
    public func results(closedIn months: ClosedRange<CalendarMonth>?) -> DealResults {
        let cycles = days(.wonCycle, stage: nil, in: months)
        return DealResults(
            won: count(.won, stage: nil, in: months), lost: count(.lost, stage: nil, in: months),
            wonWithCycle: cycles.values.reduce(0, +), wonCycleFromCreation: count(.wonCycleFromCreation, stage: nil, in: months),
            medianCycleDays: Percentile.linear(0.5, ofHistogram: cycles))
    }

    /// Won deals' completed days in each stage, the sample of a stall bar.
    public func wonStayDays() -> [DealStage: [Double]] {
        var byStage: [DealStage: [Double]] = [:]
        for (key, count) in counts where key.kind == .wonStay && count > 0 {
            if let stage = key.stage, let days = key.days { byStage[stage, default: []] += repeatElement(Double(days), count: count) }
        }
        return byStage
    }
}
