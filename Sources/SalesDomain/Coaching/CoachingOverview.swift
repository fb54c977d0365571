import Foundation

/// The coaching screen: for a manager, their sellers side by side with the rhythm, open next
/// steps and the session the diagnosis suggests; for leaders, compliance per team and coach —
/// never what was said in a session; for one seller, their own sessions and next steps.
public struct CoachingOverview: Hashable, Sendable, Codable {
    public struct Seller: Hashable, Sendable, Codable {
        public var id: Person.ID
        public var name: String
        public var teamID: Team.ID?
        public var coachName: String?
        public var cadence: CadenceReport.SellerRow
        /// Only for a viewer who coaches the seller.
        public var suggestion: CoachingSuggestion?
        public var lastSessionType: CoachingSessionType?
        public var nextSessionID: CoachingSession.ID?

        public init(
            id: Person.ID, name: String, teamID: Team.ID?, coachName: String?, cadence: CadenceReport.SellerRow,
            suggestion: CoachingSuggestion?, lastSessionType: CoachingSessionType?, nextSessionID: CoachingSession.ID?
        ) {
            self.id = id
            self.name = name
            self.teamID = teamID
            self.coachName = coachName
            self.cadence = cadence
            self.suggestion = suggestion
            self.lastSessionType = lastSessionType
            self.nextSessionID = nextSessionID
        }
    }

    public struct Coach: Hashable, Sendable, Codable {
        public var name: String
        public var row: CadenceReport.CoachRow
        public init(name: String, row: CadenceReport.CoachRow) {
            self.name = name
            self.row = row
        }
    }

    public struct TeamRow: Hashable, Sendable, Codable {
        public var id: SalesDomain.Team.ID
        public var name: String
        public var tally: CadenceReport.GroupTally
        public init(id: SalesDomain.Team.ID, name: String, tally: CadenceReport.GroupTally) {
            self.id = id
            self.name = name
            self.tally = tally
        }
    }

    public var scope: AnalysisScope
    public var scopeName: String
    public var months: ClosedRange<CalendarMonth>
    public var currentMonth: CalendarMonth
    public var policy: CadencePolicy
    /// Most in need first: overdue, then furthest behind this month, then by name.
    public var sellers: [Seller]
    /// The coaches' load and balance; none when a seller reads their own coaching — one seller's
    /// coach "with 1 seller" says nothing about the coach and is not the seller's to weigh.
    public var coaches: [Coach]
    /// Least compliant first.
    public var teams: [TeamRow]
    public var total: CadenceReport.GroupTally
    /// Names of the competency areas no session in the months was about.
    public var areasUntouched: [LocalizedText]
    /// Whether the viewer coaches these sellers (and so sees suggestions and can plan).
    public var viewerCoaches: Bool
    public var focusNames: FocusNames
    /// The scope's sellers: ``sellers`` may list one page of them (``listing(_:)``).
    public var sellerCount: Int
    public var page: ListPage = .all
    /// When a wide scope's answer was decided, if it was kept and shared rather than decided
    /// for this request.
    public var keptAt: Date?
    /// For a person scope whose coaching the viewer may read: their sessions and next steps.
    public var person: SellerCoaching?

    public init(
        scope: AnalysisScope, scopeName: String, months: ClosedRange<CalendarMonth>, currentMonth: CalendarMonth, policy: CadencePolicy,
        sellers: [Seller], coaches: [Coach], teams: [TeamRow], total: CadenceReport.GroupTally, areasUntouched: [LocalizedText],
        viewerCoaches: Bool, focusNames: FocusNames = FocusNames(), person: SellerCoaching? = nil
    ) {
        self.scope = scope
        self.scopeName = scopeName
        self.months = months
        self.currentMonth = currentMonth
        self.policy = policy
        self.sellers = sellers
        self.coaches = coaches
        self.teams = teams
        self.total = total
        self.areasUntouched = areasUntouched
        self.viewerCoaches = viewerCoaches
        self.focusNames = focusNames
        self.person = person
        self.sellerCount = sellers.count
    }

    /// The overview listing one page of its sellers, most in need of coaching first; the
    /// coaches, teams and tallies stay the whole scope's.
    public func listing(_ page: ListPage) -> CoachingOverview {
        guard page != .all else { return self }
        var listed = self
        listed.page = page
        listed.sellers = page.of(sellers)
        return listed
    }
}

extension [CoachingOverview.Seller] {
    /// Overdue first (longest without a session first, never coached before all), then fewest
    /// sessions this month, then most overdue next steps, then name.
    public func byCoachingNeed() -> [CoachingOverview.Seller] {
        sorted { lhs, rhs in
            func key(_ row: CoachingOverview.Seller) -> (Int, Int, Int, Int, String) {
                (row.cadence.overdue ? 0 : 1, -(row.cadence.daysSinceLast ?? .max), row.cadence.completedThisMonth, -row.cadence.overdueItems, row.name)
            }
            return key(lhs) < key(rhs)
        }
    }
}
