/// One stage of the deal funnel as the execution page and the stage-velocity API report it:
/// how many deals reached it, how many of them went on, and how long deals stayed.
public struct FunnelStep: Hashable, Sendable {
    public var stage: DealStage
    /// Deals that reached the stage: for a pipeline stage, those whose first entry into it falls
    /// in the period; for a stage the pipeline does not list, those with a stay in it.
    public var reached: Int
    /// `nil` for a stage the pipeline does not list: with no place in the order, "went on to a
    /// later stage" means nothing there.
    public var conversion: StageConversion?
    public var time: StageTime

    public init(stage: DealStage, reached: Int, conversion: StageConversion?, time: StageTime) {
        self.stage = stage
        self.reached = reached
        self.conversion = conversion
        self.time = time
    }
}

extension DealMomentum {
    /// Every stage in pipeline order, then the stages deals stayed in that the pipeline does not
    /// list (in code order). The count of such a stage is its deals' stays — finished and
    /// current — never 0 while deals are in it; a deal that went back into it counts twice.
    public var funnel: [FunnelStep] {
        let conversionByStage = Dictionary(conversion.map { ($0.stage, $0) }, uniquingKeysWith: { first, _ in first })
        return timeInStage.map { time in
            if let conversion = conversionByStage[time.stage] {
                return FunnelStep(stage: time.stage, reached: conversion.entered, conversion: conversion, time: time)
            }
            return FunnelStep(stage: time.stage, reached: time.completedDeals + time.currentDeals, conversion: nil, time: time)
        }
    }
}
