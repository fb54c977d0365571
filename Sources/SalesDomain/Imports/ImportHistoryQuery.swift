/// The import history — the upload page's list and `GET /api/v1/imports`: the latest kept
/// imports, newest first, and how many were kept in all. Answered for
/// ``AccessPolicy/readImportHistory``.
public struct ImportHistoryQuery: Hashable, Sendable {
    /// How many of the latest imports to list.
    public var limit: Int

    public init(limit: Int) {
        self.limit = max(0, limit)
    }

    /// What both the page and the API show: enough to see what was imported lately without
    /// paging through years of nightly files.
    public static let latest = ImportHistoryQuery(limit: 20)
}
