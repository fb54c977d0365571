/// How many deals that reached one stage went further.
public struct StageConversion: Hashable, Sendable, Codable {
    public var stage: DealStage
    /// Deals that entered the stage.
    public var entered: Int
    /// Of those: later entered a stage further down the pipeline, or were won.
    public var advanced: Int
    /// Of those: lost while in this stage.
    public var lostHere: Int
    /// Of those: open and in this stage now.
    public var openHere: Int

    public init(stage: DealStage, entered: Int = 0, advanced: Int = 0, lostHere: Int = 0, openHere: Int = 0) {
        self.stage = stage
        self.entered = entered
        self.advanced = advanced
        self.lostHere = lostHere
        self.openHere = openHere
    }

    /// advanced ÷ entered; `nil` when no deal entered. Deals still open here count in the
    /// denominator, so a recent cohort converts lower until its deals move; `decidedRate`
    /// leaves them out.
    public var rate: Double? {
        Double.ratio(advanced, of: entered)
    }

    /// advanced ÷ (advanced + lostHere): conversion among deals whose fate at this stage is known.
    public var decidedRate: Double? {
        Double.ratio(advanced, of: advanced + lostHere)
    }
}
