/// What peers said about a person on one competency, only ever as an aggregate of enough peers
/// that no single peer's rating can be read from it.
public struct PeerAggregate: Hashable, Sendable, Codable {
    /// Fewer peers than this and the aggregate is withheld (issue 3: "only when at least 3 peers
    /// rated"); with two, a person who knows one rating could work out the other.
    public static let minimumRaterCount = 3

    public var cycleID: AssessmentCycle.ID
    public var personID: Person.ID
    public var competencyID: Competency.ID
    /// Distinct peers with a submitted rating.
    public var raterCount: Int
    /// Mean over peers of each peer's level.
    public var meanLevel: Double

    public init(cycleID: AssessmentCycle.ID, personID: Person.ID, competencyID: Competency.ID, raterCount: Int, meanLevel: Double) {
        self.cycleID = cycleID
        self.personID = personID
        self.competencyID = competencyID
        self.raterCount = raterCount
        self.meanLevel = meanLevel
    }

    /// The peer aggregate for one person, competency and cycle, or `nil` when fewer than
    /// ``minimumRaterCount`` distinct peers submitted a rating.
    ///
    /// Definition: `mean = Σ_p x_p / n` over the `n` distinct peers `p`, where `x_p` is peer
    /// `p`'s submitted level (their mean, should one peer have rated twice). Drafts and
    /// self/manager ratings are ignored.
    ///
    /// Source: issue 3 ("ratings by peers are shown only aggregated and only when at least 3
    /// peers rated"); the usual anonymity floor of multi-source feedback.
    public static func visible(
        for personID: Person.ID, competency competencyID: Competency.ID, cycle cycleID: AssessmentCycle.ID,
        in ratings: some Sequence<Rating>
    ) -> PeerAggregate? {
        var levelsByPeer: [Person.ID: [Int]] = [:]
        for rating in ratings
        where rating.isSubmitted && rating.source == .peer && rating.rateeID == personID
            && rating.competencyID == competencyID && rating.cycleID == cycleID {
            levelsByPeer[rating.raterID, default: []].append(rating.level)
        }
        guard levelsByPeer.count >= minimumRaterCount else { return nil }
        let peerMeans = levelsByPeer.values.map { Double($0.reduce(0, +)) / Double($0.count) }
        return PeerAggregate(
            cycleID: cycleID, personID: personID, competencyID: competencyID,
            raterCount: peerMeans.count, meanLevel: peerMeans.reduce(0, +) / Double(peerMeans.count)
        )
    }
}
