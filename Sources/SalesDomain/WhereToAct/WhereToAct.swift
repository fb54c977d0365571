import Foundation

/// The start page's answer (SPEC "Where to act"): for the viewer's natural scope, who and what
/// needs attention first — teams and markets ranked for leadership, sellers side by side for a
/// manager, and for a seller their own picture with this week's activities and stalled deals.
public struct WhereToAct: Hashable, Sendable, Codable {
    /// The cycle that is open now, for its progress.
    public struct OpenCycle: Hashable, Sendable, Codable {
        public var id: AssessmentCycle.ID
        public var name: String
        public var participants: Int
        public var opened: Date

        public init(id: AssessmentCycle.ID, name: String, participants: Int, opened: Date) {
            self.id = id
            self.name = name
            self.participants = participants
            self.opened = opened
        }
    }

    public var diagnosis: DiagnosisOverview
    /// Every seller of the scope, most in need of attention first.
    public var sellers: [SellerSummary]
    /// The sellers' teams, ranked (for a scope wider than one team).
    public var teams: [GroupAttention]
    /// The sellers' markets, ranked (for the organization).
    public var markets: [GroupAttention]
    public var openCycles: [OpenCycle]
    /// A person scope's activities planned this week and not done, soonest first.
    public var dueThisWeek: [Activity]
    /// A person scope's stalled deals, most days over first.
    public var stalledDeals: [StalledDeal]
    /// The scope's coaching rhythm; for a person, their next steps and next session.
    public var coaching: CoachingGlance?
    /// For a manager who coaches the sellers: the session the diagnosis suggests for each.
    public var suggestions: [Person.ID: CoachingSuggestion] = [:]
    /// For a person scope whose practice the viewer may read: their plan, for what is due this week.
    public var practice: PracticePlanScreen?
    /// For a team whose sellers' practice the viewer may read: who is overdue and which role-plays
    /// wait for a score.
    public var teamPractice: PracticeTeamScreen?
    /// For a team, market or organization: what moved after coaching and practice, as far as the
    /// viewer may read it (``ImpactTile``).
    public var impact: ImpactTile?

    public init(
        diagnosis: DiagnosisOverview, sellers: [SellerSummary], teams: [GroupAttention], markets: [GroupAttention], openCycles: [OpenCycle],
        dueThisWeek: [Activity], stalledDeals: [StalledDeal], coaching: CoachingGlance? = nil
    ) {
        self.coaching = coaching
        self.diagnosis = diagnosis
        self.sellers = sellers
        self.teams = teams
        self.markets = markets
        self.openCycles = openCycles
        self.dueThisWeek = dueThisWeek
        self.stalledDeals = stalledDeals
    }

    /// Builds the rows from a diagnosis and the unreviewed postponements per seller.
    public init(
        diagnosis: DiagnosisOverview, unreviewed: [Person.ID: Int], openCycles: [OpenCycle], dueThisWeek: [Activity],
        stalledDeals: [StalledDeal], coaching: CoachingGlance? = nil
    ) {
        let byID = Dictionary(diagnosis.sellers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let sellers = diagnosis.report.sellers.map { seller in
            SellerSummary(
                seller, name: byID[seller.personID]?.name ?? "", catalog: diagnosis.catalog,
                unreviewed: unreviewed[seller.personID] ?? 0, teamID: byID[seller.personID]?.teamID)
        }.byAttention()
        var teams: [GroupAttention] = []
        var markets: [GroupAttention] = []
        switch diagnosis.scope {
        case .person:
            break
        case .team, .market:
            teams = GroupAttention.ranked(sellers, by: { byID[$0]?.teamID.map(AnalysisScope.team) }, names: diagnosis.groupNames)
        case .organization:
            teams = GroupAttention.ranked(sellers, by: { byID[$0]?.teamID.map(AnalysisScope.team) }, names: diagnosis.groupNames)
            markets = GroupAttention.ranked(sellers, by: { byID[$0]?.marketID.map(AnalysisScope.market) }, names: diagnosis.groupNames)
        }
        self.init(
            diagnosis: diagnosis, sellers: sellers, teams: teams, markets: markets, openCycles: openCycles, dueThisWeek: dueThisWeek,
            stalledDeals: stalledDeals, coaching: coaching)
    }

    /// The answer listing one page of its sellers (and of the diagnosis's sellers and changes,
    /// ``DiagnosisOverview/listing(_:)``); the teams, markets and counts stay the whole scope's.
    public func listing(_ page: ListPage) -> WhereToAct {
        guard page != .all else { return self }
        var listed = self
        listed.diagnosis = diagnosis.listing(page)
        listed.sellers = page.of(sellers)
        return listed
    }
}
