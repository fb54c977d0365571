/// The form one rater fills in on one person in a cycle: a level per competency of the person's
/// role profile, with the rater's own rating so far and what they may see beside the scale.
/// The rating page and `GET …/people/{person}/references` both show it.
public struct RatingForm: Sendable {
    public struct Item: Sendable {
        public var competency: Competency
        public var targetLevel: Int
        /// The rater's own rating, draft or submitted.
        public var rating: Rating?
        /// The self-rating and previous level the rater may see (``RatingReference``).
        public var reference: RatingReference

        public init(competency: Competency, targetLevel: Int, rating: Rating? = nil, reference: RatingReference = RatingReference()) {
            self.competency = competency
            self.targetLevel = targetLevel
            self.rating = rating
            self.reference = reference
        }
    }

    public var cycle: AssessmentCycle
    public var scale: RatingScale
    public var ratee: Person
    /// What the rater gives: a self-assessment, a manager rating or a peer rating
    /// (``RaterEligibility/source(rater:ratee:hierarchy:)``).
    public var source: RatingSource
    /// In framework order; competencies without a target in the profile are not rated.
    public var items: [Item]

    public init(cycle: AssessmentCycle, scale: RatingScale, ratee: Person, source: RatingSource, items: [Item]) {
        self.cycle = cycle
        self.scale = scale
        self.ratee = ratee
        self.source = source
        self.items = items
    }
}
