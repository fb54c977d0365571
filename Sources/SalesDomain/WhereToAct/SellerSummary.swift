/// One seller's row on a manager's start page: the figures that say where attention is needed,
/// side by side, each with what it rests on.
public struct SellerSummary: Hashable, Sendable, Codable {
    public var personID: Person.ID
    public var name: String
    /// Weighted level − target over the role's rated competencies (negative below target).
    public var competenceGap: Double?
    /// Every planned activity of the period and those done on time.
    public var execution: ExecutionRate
    public var verdicts: [AreaVerdict]
    public var stalledDeals: Int
    public var postponements: Int
    public var excuseProne: Int
    /// Postponements of the period no manager has reviewed yet.
    public var unreviewed: Int
    /// The seller's team, whose page lists those postponements for review.
    public var teamID: Team.ID?

    public init(
        personID: Person.ID, name: String, competenceGap: Double?, execution: ExecutionRate, verdicts: [AreaVerdict], stalledDeals: Int,
        postponements: Int, excuseProne: Int, unreviewed: Int, teamID: Team.ID? = nil
    ) {
        self.personID = personID
        self.name = name
        self.competenceGap = competenceGap
        self.execution = execution
        self.verdicts = verdicts
        self.stalledDeals = stalledDeals
        self.postponements = postponements
        self.excuseProne = excuseProne
        self.unreviewed = unreviewed
        self.teamID = teamID
    }

    /// From a seller's diagnosis: postponements classed by the catalog (a reason it no longer
    /// knows counts as neither class).
    public init(_ diagnosis: SellerDiagnosis, name: String, catalog: ReasonCatalog, unreviewed: Int, teamID: Team.ID? = nil) {
        self.init(
            personID: diagnosis.personID, name: name, competenceGap: diagnosis.competenceGap, execution: diagnosis.execution,
            verdicts: diagnosis.areas.map(\.verdict), stalledDeals: diagnosis.stalledDeals,
            postponements: diagnosis.postponementsByReason.values.reduce(0, +),
            excuseProne: diagnosis.postponementsByReason.reduce(0) { $0 + (catalog.reasonClass(of: $1.key) == .excuseProne ? $1.value : 0) },
            unreviewed: unreviewed, teamID: teamID)
    }

    /// Excuse-prone postponements ÷ postponements; `nil` without any.
    public var excuseProneShare: Double? { Double.ratio(excuseProne, of: postponements) }

    /// Areas that ask something of the seller or their manager (development need, execution
    /// gap, competence gap).
    public var areasNeedingAttention: Int {
        verdicts.count { [.developmentNeed, .executionGap, .competenceGap].contains($0) }
    }
}

extension [SellerSummary] {
    /// Most in need of attention first: the most urgent verdict, then more areas needing
    /// attention, more unreviewed postponements, more stalled deals, then name.
    public func byAttention() -> [SellerSummary] {
        sorted { lhs, rhs in
            func key(_ row: SellerSummary) -> (Int, Int, Int, Int, String) {
                (row.verdicts.map(\.attentionRank).min() ?? .max, -row.areasNeedingAttention, -row.unreviewed, -row.stalledDeals, row.name)
            }
            return key(lhs) < key(rhs)
        }
    }
}
