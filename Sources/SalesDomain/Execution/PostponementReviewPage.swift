/// One page of the review list in ``PostponementReviewQuery/precedes(_:_:)`` order, with how
/// many matched and how many of those are unreviewed, so a screen says "50 of 56" rather than
/// letting the rest fall off its end.
public struct PostponementReviewPage: Hashable, Sendable {
    public var items: [PostponedActivity]
    public var total: Int
    public var unreviewed: Int
    /// The query's ``PostponementReviewQuery/keeping`` when the list holds it — whatever its
    /// verdict, since giving one may take it out of a list of unreviewed ones — but this page
    /// does not; `nil` when it is among `items`, or outside the list's people, reason or weeks.
    public var kept: PostponedActivity?

    public init(items: [PostponedActivity], total: Int, unreviewed: Int, kept: PostponedActivity? = nil) {
        self.items = items
        self.total = total
        self.unreviewed = unreviewed
        self.kept = kept
    }
}
