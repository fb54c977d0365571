/// A team's or market's row on a leader's start page: its sellers' summaries added up, so the
/// groups can be ranked by the signals that matter.
public struct GroupAttention: Hashable, Sendable, Codable {
    public var scope: AnalysisScope
    public var name: String
    public var sellers: Int
    public var execution: ExecutionRate
    /// Mean of the sellers' competence gaps, over those with one; `nil` when none has.
    public var competenceGap: Double?
    public var assessedSellers: Int
    public var stalledDeals: Int
    public var postponements: Int
    public var excuseProne: Int
    public var distribution: [AreaVerdict: Int]

    public init(scope: AnalysisScope, name: String, members: [SellerSummary]) {
        self.scope = scope
        self.name = name
        sellers = members.count
        execution = members.reduce(into: ExecutionRate()) { $0.add($1.execution) }
        let gaps = members.compactMap(\.competenceGap)
        assessedSellers = gaps.count
        competenceGap = gaps.isEmpty ? nil : gaps.reduce(0, +) / Double(gaps.count)
        stalledDeals = members.reduce(0) { $0 + $1.stalledDeals }
        postponements = members.reduce(0) { $0 + $1.postponements }
        excuseProne = members.reduce(0) { $0 + $1.excuseProne }
        distribution = members.reduce(into: [:]) { counts, member in
            for verdict in member.verdicts { counts[verdict, default: 0] += 1 }
        }
    }

    public var excuseProneShare: Double? { Double.ratio(excuseProne, of: postponements) }

    /// Seller-areas needing attention: a development need, an execution gap or a competence gap.
    public var areasNeedingAttention: Int {
        [AreaVerdict.developmentNeed, .executionGap, .competenceGap].reduce(0) { $0 + distribution[$1, default: 0] }
    }

    /// Every verdict of the group's sellers, one per seller and area of their role.
    public var verdicts: Int { distribution.values.reduce(0, +) }

    /// ``areasNeedingAttention`` ÷ ``verdicts``: the default ranking, worst first.
    public var attentionShare: Double? { Double.ratio(areasNeedingAttention, of: verdicts) }

    /// The groups of `summaries` by `key` (a seller's team or market), ranked by attention share,
    /// then execution rate (lower first), then name.
    public static func ranked(
        _ summaries: [SellerSummary], by key: (Person.ID) -> AnalysisScope?, names: [String: String]
    ) -> [GroupAttention] {
        var members: [AnalysisScope: [SellerSummary]] = [:]
        for summary in summaries {
            guard let scope = key(summary.personID) else { continue }
            members[scope, default: []].append(summary)
        }
        return members.map { GroupAttention(scope: $0.key, name: names[$0.key.description] ?? $0.key.description, members: $0.value) }
            .sorted { lhs, rhs in
                let left = (-(lhs.attentionShare ?? -1), lhs.execution.rate ?? 2, lhs.name)
                let right = (-(rhs.attentionShare ?? -1), rhs.execution.rate ?? 2, rhs.name)
                return left < right
            }
    }
}
