/// How a group's reviewed postponements came out.
public struct ReviewShares: Hashable, Sendable, Codable {
    public var postponements: Int
    public var verifiedObstacles: Int
    public var acceptedExcuses: Int

    public init(postponements: Int = 0, verifiedObstacles: Int = 0, acceptedExcuses: Int = 0) {
        self.postponements = postponements
        self.verifiedObstacles = verifiedObstacles
        self.acceptedExcuses = acceptedExcuses
    }

    public var reviewed: Int { verifiedObstacles + acceptedExcuses }
    public var unreviewed: Int { postponements - reviewed }

    /// verifiedObstacles ÷ reviewed; `nil` when nothing was reviewed. Unreviewed postponements
    /// are not in the denominator: counting them either way would be a guess.
    public var verifiedObstacleShare: Double? {
        Double.ratio(verifiedObstacles, of: reviewed)
    }

    /// acceptedExcuses ÷ reviewed; `nil` when nothing was reviewed.
    public var acceptedExcuseShare: Double? {
        Double.ratio(acceptedExcuses, of: reviewed)
    }

    public mutating func add(_ tally: ReasonTally) {
        postponements += tally.postponements
        verifiedObstacles += tally.verifiedObstacles
        acceptedExcuses += tally.acceptedExcuses
    }
}
