import Foundation

extension DiagnosisOverview {
    /// What a page of the sellers leaves out: the scope's counts, for the distribution and for
    /// "51–100 of 10,000".
    public struct Whole: Hashable, Sendable, Codable {
        public var sellers: Int
        /// How many seller-areas have each verdict.
        public var distribution: [AreaVerdict: Int]
        public var changes: Int
        public var quadrantMoves: Int

        public init(report: DiagnosisReport, changes: [DiagnosisChange]) {
            sellers = report.sellers.count
            distribution = report.distribution
            self.changes = changes.count
            quadrantMoves = changes.count(where: \.isQuadrantMove)
        }
    }

    /// The overview listing one page of its sellers, most in need of attention first, and as
    /// many of its changes, quadrant moves first, whichever page of sellers is asked: the changes
    /// are a list of their own, and a page of sellers past the moves would list none. The counts,
    /// findings and groups stay the whole scope's; only the names of the listed sellers and of
    /// the people the findings affect are kept.
    public func listing(_ page: ListPage) -> DiagnosisOverview {
        guard page != .all else { return self }
        var listed = self
        listed.page = page
        listed.report.sellers = page.of(sellersByAttention)
        let moves = changes.filter(\.isQuadrantMove)
        listed.changes = Array((moves + changes.filter { !$0.isQuadrantMove }).prefix(page.limit))
        let named = Set(listed.report.sellers.map(\.personID)).union(listed.changes.map(\.personID))
            .union(report.findings.flatMap(\.affectedPeople))
        listed.sellers = sellers.filter { named.contains($0.id) }
        return listed
    }
}
