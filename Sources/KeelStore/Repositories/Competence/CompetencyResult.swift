import SalesDomain

/// One person's result on one competency in one cycle, as a results page shows it.
public struct CompetencyResult: Hashable, Sendable, Codable {
    public var competencyID: Competency.ID
    /// Consolidated by the cycle's policy; `nil` until a weighted source has submitted.
    public var level: Double?
    /// The sources that went into `level`, manager first.
    public var sources: [RatingSource]
    public var selfLevel: Double?
    /// Mean of the submitted manager ratings.
    public var managerLevel: Double?
    /// Only when at least ``PeerAggregate/minimumRaterCount`` peers rated; never single peers.
    public var peers: PeerAggregate?
    /// From the role profile that applies to the person; `nil` when it does not name the competency.
    public var targetLevel: Int?
    public var weight: Double?

    public init(
        competencyID: Competency.ID, level: Double?, sources: [RatingSource], selfLevel: Double?, managerLevel: Double?,
        peers: PeerAggregate?, targetLevel: Int?, weight: Double?
    ) {
        self.competencyID = competencyID
        self.level = level
        self.sources = sources
        self.selfLevel = selfLevel
        self.managerLevel = managerLevel
        self.peers = peers
        self.targetLevel = targetLevel
        self.weight = weight
    }

    /// `level − target`: negative below target.
    public var gap: Double? {
        guard let level, let targetLevel else { return nil }
        return level - Double(targetLevel)
    }
}

extension CompetenceResultRow {
    var result: CompetencyResult {
        CompetencyResult(
            competencyID: competencyID, level: level, sources: sources, selfLevel: selfLevel, managerLevel: managerLevel,
            peers: peerMean.map {
                PeerAggregate(cycleID: cycleID, personID: personID, competencyID: competencyID, raterCount: peerCount, meanLevel: $0)
            },
            targetLevel: targetLevel, weight: weight)
    }
}
