import Foundation

/// Coaching rhythm as SPEC §4 measures it, for a set of sellers over whole calendar months (in
/// the organization's time zone): compliance with the ``CadencePolicy``, overdue sellers, each
/// coach's load, the balance of session types, and how often next steps are followed through.
///
/// Rules, so that the numbers can be checked by hand:
/// - only *completed* sessions count, in the month of their scheduled moment, local time;
/// - a seller-month is compliant with at least `minimumPerMonth` sessions for that seller, by
///   whoever held them — a seller who changed manager mid-month keeps the sessions of both;
/// - a coach's compliance is over the sellers coached by them now (the roster); their load is
///   the sessions they held themselves, per month of the window, and per seller they coach;
/// - a seller is overdue when more than `maximumDaysBetween` calendar days have passed since
///   their last completed session (never coached: overdue);
/// - the follow-up rate is done ÷ (done + not done + open past due) over next steps due in the window.
public struct CadenceReport: Hashable, Sendable, Codable {
    public struct SellerRow: Hashable, Sendable, Codable {
        public var personID: Person.ID
        public var coachID: Person.ID?
        public var completedThisMonth: Int
        public var lastCompleted: Date?
        public var daysSinceLast: Int?
        public var nextPlanned: Date?
        public var overdue: Bool
        public var compliantMonths: Int
        public var measuredMonths: Int
        public var openItems: Int
        public var overdueItems: Int
    }

    public struct CoachRow: Hashable, Sendable, Codable {
        public var coachID: Person.ID
        public var sellers: Int
        public var compliance: Share
        public var overdueSellers: Int
        public var sessions: Int
        public var hours: Double
        public var sessionsPerSellerPerMonth: Double?
        public var hoursPerSellerPerMonth: Double?
        public var sessionsByType: [CoachingSessionType: Int]
        public var followUp: Share

        /// The kinds of coaching this coach never did in the window.
        public var typesNeverUsed: [CoachingSessionType] { CoachingSessionType.allCases.filter { (sessionsByType[$0] ?? 0) == 0 } }
    }

    /// `part` of `whole`, with the rate only when there is a whole to divide.
    public struct Share: Hashable, Sendable, Codable {
        public var part: Int
        public var whole: Int
        public init(part: Int = 0, whole: Int = 0) {
            self.part = part
            self.whole = whole
        }
        public var rate: Double? { Double.ratio(part, of: whole) }
        mutating func add(_ other: Share) {
            part += other.part
            whole += other.whole
        }
    }

    public var policy: CadencePolicy
    /// The whole months measured: compliance, load and balance are over these.
    public var months: ClosedRange<CalendarMonth>
    /// The month holding `asOf`, reported as progress ("1 of 2 so far"), never as a failure.
    public var currentMonth: CalendarMonth
    public var sellers: [SellerRow]
    public var coaches: [CoachRow]
    /// Competency areas no completed session of the window was about.
    public var areasUntouched: [String]

    /// - Parameter lastCompleted: each seller's last completed session as stored, for sellers
    ///   whose last session is older than the `sessions` given.
    public init(
        roster: CoachingRoster, sessions: [CoachingSession], items: [ActionItem], policy: CadencePolicy,
        months: ClosedRange<CalendarMonth>, asOf: Date, calendar: WeekCalendar,
        areaOfCompetency: [Competency.ID: String] = [:], areaKeys: [String] = [], lastCompleted: [Person.ID: Date] = [:]
    ) {
        self.policy = policy
        self.months = months
        let today = calendar.day(containing: asOf)
        currentMonth = today.calendarMonth
        let window = calendar.dateRange(of: months)
        let monthList = CalendarMonth.all(in: months)
        let monthCount = monthList.count
        let completed = sessions.filter { $0.status == .completed }
        let completedBySeller = Dictionary(grouping: completed, by: \.sellerID)
        let plannedBySeller = Dictionary(grouping: sessions.filter { $0.status == .planned && $0.scheduledAt >= asOf }, by: \.sellerID)
        let itemsBySeller = Dictionary(grouping: items, by: \.sellerID)

        var rows: [SellerRow] = []
        for entry in roster.entries {
            let own = completedBySeller[entry.sellerID] ?? []
            let last = (own.map(\.scheduledAt).filter { $0 <= asOf } + [lastCompleted[entry.sellerID]].compactMap { $0 }).max()
            let days = last.map { calendar.days(from: calendar.day(containing: $0), to: today) }
            var perMonth: [CalendarMonth: Int] = [:]
            for session in own { perMonth[calendar.month(containing: session.scheduledAt), default: 0] += 1 }
            let sellerItems = itemsBySeller[entry.sellerID] ?? []
            rows.append(SellerRow(
                personID: entry.sellerID, coachID: entry.coachID, completedThisMonth: perMonth[currentMonth] ?? 0,
                lastCompleted: last, daysSinceLast: days, nextPlanned: plannedBySeller[entry.sellerID]?.map(\.scheduledAt).min(),
                overdue: days.map { $0 > policy.maximumDaysBetween } ?? true,
                compliantMonths: monthList.count { (perMonth[$0] ?? 0) >= policy.minimumPerMonth }, measuredMonths: monthCount,
                openItems: sellerItems.count { $0.status == .open }, overdueItems: sellerItems.count { $0.isOverdue(on: today) }))
        }
        sellers = rows

        let inWindow = completed.filter { window.contains($0.scheduledAt) }
        let heldByCoach = Dictionary(grouping: inWindow, by: \.coachID)
        let coachIDs = Set(roster.entries.compactMap(\.coachID)).union(heldByCoach.keys)
        coaches = coachIDs.sorted().map { coachID in
            let coached = rows.filter { $0.coachID == coachID }
            let held = heldByCoach[coachID] ?? []
            let hours = held.reduce(0) { $0 + $1.hours }
            let sellerMonths = coached.count * monthCount
            var followUp = Share()
            for row in coached {
                followUp.add(CadenceReport.followUp(itemsBySeller[row.personID] ?? [], dueIn: months, today: today))
            }
            return CoachRow(
                coachID: coachID, sellers: coached.count,
                compliance: Share(part: coached.reduce(0) { $0 + $1.compliantMonths }, whole: sellerMonths),
                overdueSellers: coached.count(where: \.overdue), sessions: held.count, hours: hours,
                sessionsPerSellerPerMonth: sellerMonths > 0 ? Double(held.count) / Double(sellerMonths) : nil,
                hoursPerSellerPerMonth: sellerMonths > 0 ? hours / Double(sellerMonths) : nil,
                sessionsByType: Dictionary(grouping: held, by: \.type).mapValues(\.count), followUp: followUp)
        }
        var touched: Set<String> = []
        for session in inWindow {
            if case .competency(let id) = session.focus, let area = areaOfCompetency[id] { touched.insert(area) }
        }
        areasUntouched = areaKeys.filter { !touched.contains($0) }
    }

    /// Next steps due in the months: done ÷ (done + not done + still open past due).
    static func followUp(_ items: [ActionItem], dueIn months: ClosedRange<CalendarMonth>, today: CalendarDay) -> Share {
        var share = Share()
        for item in items where months.contains(item.due.calendarMonth) {
            switch item.status {
            case .done: share.part += 1; share.whole += 1
            case .notDone: share.whole += 1
            case .open: if item.due < today { share.whole += 1 }
            }
        }
        return share
    }

    /// Compliance, overdue sellers and follow-up over any group of sellers (a team, a market).
    public func tally(of sellerIDs: Set<Person.ID>, items: [ActionItem], today: CalendarDay) -> GroupTally {
        let rows = sellers.filter { sellerIDs.contains($0.personID) }
        var followUp = Share()
        for item in items where sellerIDs.contains(item.sellerID) {
            followUp.add(CadenceReport.followUp([item], dueIn: months, today: today))
        }
        return GroupTally(
            sellers: rows.count, compliance: Share(part: rows.reduce(0) { $0 + $1.compliantMonths }, whole: rows.reduce(0) { $0 + $1.measuredMonths }),
            overdueSellers: rows.count(where: \.overdue), followUp: followUp)
    }

    public struct GroupTally: Hashable, Sendable, Codable {
        public var sellers: Int
        public var compliance: Share
        public var overdueSellers: Int
        public var followUp: Share
    }

    public func seller(_ id: Person.ID) -> SellerRow? { sellers.first { $0.personID == id } }
    public func coach(_ id: Person.ID) -> CoachRow? { coaches.first { $0.coachID == id } }
}
