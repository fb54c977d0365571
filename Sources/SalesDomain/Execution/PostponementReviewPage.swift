/// One page of the review list in ``PostponementReviewQuery/precedes(_:_:)`` order, with how
/// many matched and how many of those are unreviewed, so a screen says "50 of 56" rather than
/// letting the rest fall off its end.
public struct PostponementReviewPage: Hashable, Sendable {
    public var items: [PostponedActivity]
    public var total: Int
    public var unreviewed: Int

    public init(items: [PostponedActivity], total: Int, unreviewed: Int) {
        self.items = items
        self.total = total
        self.unreviewed = unreviewed
    }
}
