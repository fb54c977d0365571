/// Which page of the interventions a viewer may read the impact list shows: a leader's markets
/// hold tens of thousands, so the page and the API answer one window of them and say of how many.
public struct ImpactListQuery: Hashable, Sendable {
    public static let pageSize = 50

    public var offset: Int
    public var limit: Int

    public init(offset: Int = 0, limit: Int = ImpactListQuery.pageSize) {
        self.offset = max(offset, 0)
        self.limit = max(limit, 0)
    }
}
