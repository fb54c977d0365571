/// The funnel's translated phrases, each with a `{slot}` for a number the chart formats.
public struct FunnelText: Hashable, Sendable {
    /// "{count} reached" — on the bar and in the description, so the bar's number says what it counts.
    public var reached: String
    /// "{percent} of {count} went on" — `{count}` is the deals the share rests on.
    public var conversion: String
    /// "median {days} d in stage ({count} done)" — `{count}` is the finished stays the median rests on.
    public var medianDays: String
    /// "{count} stalled" — shown on the red badge, so the badge is not color alone.
    public var stalled: String
    /// The names of the closing rows and their counts: "Won", "{count} won", "Lost", "{count} lost".
    public var wonName: String
    public var won: String
    public var lostName: String
    public var lost: String
    /// "win rate {percent} of {count} closed" — under the closing rows.
    public var winRate: String

    public init(reached: String, conversion: String, medianDays: String, stalled: String,
                wonName: String = "Won", won: String = "{count}", lostName: String = "Lost", lost: String = "{count}",
                winRate: String = "{percent}") {
        self.reached = reached
        self.conversion = conversion
        self.medianDays = medianDays
        self.stalled = stalled
        self.wonName = wonName
        self.won = won
        self.lostName = lostName
        self.lost = lost
        self.winRate = winRate
    }
}
