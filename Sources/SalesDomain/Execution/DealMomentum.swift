/// Where one group's deals lose momentum: time in each stage and conversion out of it, in
/// pipeline order.
public struct DealMomentum: Hashable, Sendable {
    public var pipeline: DealPipeline
    public var timeInStage: [StageTime]
    public var conversion: [StageConversion]

    public init(pipeline: DealPipeline, timeInStage: [StageTime], conversion: [StageConversion]) {
        self.pipeline = pipeline
        self.timeInStage = timeInStage
        self.conversion = conversion
    }
}
