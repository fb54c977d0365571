import Foundation

/// One seller's KPI screen (the page `/people/{id}/kpis` and `GET /api/v1/people/{id}/kpis`):
/// each coachable KPI with its target, its recent value against the weeks before, and its
/// weekly trend; beside them the outcomes, which have no target because they are not coached.
///
/// The window is the `trendWeeks` complete weeks before the week of `asOf` (the running week
/// would look low); "recent" is the last `recentWeeks` of them and "before" the same number of
/// weeks preceding those, so a change shows as recent against before.
public struct SellerKPIReport: Hashable, Sendable, Codable {
    public struct Behaviour: Hashable, Sendable, Codable {
        public var kpi: CoachableKPI
        public var target: Double
        /// The stored target, when the seller has their own; `nil` means the default applies.
        public var ownTarget: KPITarget?
        public var weekly: [WeekFigure]
        public var recent: KPIFigure
        public var before: KPIFigure
        public var status: KPIStatus
    }

    public struct WeekFigure: Hashable, Sendable, Codable {
        public var week: ISOWeek
        public var figure: KPIFigure
    }

    public var person: Person
    public var weeks: ClosedRange<ISOWeek>
    public var recentWeeks: ClosedRange<ISOWeek>
    public var beforeWeeks: ClosedRange<ISOWeek>
    public var behaviours: [Behaviour]
    public var outcomes: OutcomeKPIs
    public var recentOutcomes: OutcomeKPIs
    /// Whether the viewer may set targets (the seller's coach) and enter weekly values (the coach or the seller).
    public var viewerSetsTargets: Bool
    public var viewerEnters: Bool
    /// Names of the people who set targets, for "set by".
    public var names: [Person.ID: String]

    public static let trendWeeks = 13
    public static let recentWeekCount = 4

    /// The weeks a report made at `asOf` covers.
    public static func weeks(asOf: Date, calendar: WeekCalendar) -> ClosedRange<ISOWeek> {
        calendar.week(containing: asOf).previous.span(of: trendWeeks)
    }

    public init(
        person: Person, weeks: ClosedRange<ISOWeek>, inputs: KPIWeekInputs, targets: [KPITarget], deals: [Deal],
        calendar: WeekCalendar, viewerSetsTargets: Bool, viewerEnters: Bool, names: [Person.ID: String] = [:],
        catalog: [CoachableKPI] = KPICatalog.all
    ) {
        let all = ISOWeek.all(in: weeks)
        let recent = Array(all.suffix(Self.recentWeekCount))
        let before = Array(all.dropLast(Self.recentWeekCount).suffix(Self.recentWeekCount))
        self.person = person
        self.weeks = weeks
        self.recentWeeks = (recent.first ?? weeks.upperBound)...(recent.last ?? weeks.upperBound)
        self.beforeWeeks = (before.first ?? weeks.lowerBound)...(before.last ?? weeks.lowerBound)
        let ownTargets = Dictionary(targets.filter { $0.personID == person.id }.map { ($0.kpiKey, $0) }, uniquingKeysWith: { $1 })
        self.behaviours = catalog.map { kpi in
            let weekly = all.map { WeekFigure(week: $0, figure: kpi.figure(in: $0, from: inputs)) }
            let byWeek = Dictionary(uniqueKeysWithValues: weekly.map { ($0.week, $0.figure) })
            let recentFigure = KPIFigure.sum(recent.compactMap { byWeek[$0] })
            let target = ownTargets[kpi.key]?.value ?? kpi.defaultTarget
            let status: KPIStatus = recentFigure.value.map { kpi.direction.meets($0, target: target) ? .met : .notMet } ?? .noData
            return Behaviour(
                kpi: kpi, target: target, ownTarget: ownTargets[kpi.key], weekly: weekly, recent: recentFigure,
                before: KPIFigure.sum(before.compactMap { byWeek[$0] }), status: status)
        }
        let sellerDeals = deals.filter { $0.ownerID == person.id }
        self.outcomes = OutcomeKPIs.of(sellerDeals, weeks: weeks, calendar: calendar)
        self.recentOutcomes = OutcomeKPIs.of(sellerDeals, weeks: self.recentWeeks, calendar: calendar)
        self.viewerSetsTargets = viewerSetsTargets
        self.viewerEnters = viewerEnters
        self.names = names
    }
}
