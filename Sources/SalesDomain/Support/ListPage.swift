/// Which part of a long list a screen shows: an organization holds ten thousand sellers and
/// tens of thousands of interventions, so its screens answer one window of them, say of how
/// many, and link to the next.
public struct ListPage: Hashable, Sendable, Codable {
    /// The web pages' window.
    public static let pageSize = 50
    /// Everything: for the screens' own use of a list, never for a reader's.
    public static let all = ListPage(offset: 0, limit: .max)

    public var offset: Int
    public var limit: Int

    public init(offset: Int = 0, limit: Int = ListPage.pageSize) {
        self.offset = max(offset, 0)
        self.limit = max(limit, 0)
    }

    /// The window of `items`, in their order.
    public func of<Item>(_ items: [Item]) -> [Item] {
        Array(items.dropFirst(offset).prefix(limit))
    }
}
