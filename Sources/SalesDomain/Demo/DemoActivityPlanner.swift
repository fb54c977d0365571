import Foundation

/// Plans one seller's weeks and plays out what happened to each planned activity.
///
/// The weekly rhythm:
/// - three consecutive weeks of summer holiday (starting in ISO week 28, 29 or 30) without
///   any activity;
/// - every working week opens with a Monday team meeting and closes with a Friday CRM clean-up,
///   and is filled with the role's mix (``DemoActivityMix``) until the planned hours reach the
///   week's load, counting work moved in from earlier weeks;
/// - the load is 78–98 % of capacity in a normal week and 115–140 % in a high-load week; about
///   one working week in five is high-load: one in seven ordinary weeks, and close to half of the
///   quarter-end weeks.
///
/// What happens to an activity: it is pushed out of its week with the kind's push rate (see
/// ``DemoActivityKind``), left undone without a word 2 % of the time, and otherwise done at its
/// planned time. A pushed activity is dropped about a third of the time, else moved one or two
/// weeks on, where most moved work gets done and some is dropped after all. Every move and drop
/// is a ``Postponement`` with a reason from ``ReasonCatalog/defaults``, and the seller's
/// manager reviews some of them.
///
/// The two patterns change exactly this: a prospecting dropper's prospecting in a high-load
/// week is pushed 75 % of the time and mostly dropped, with `no_time` or `other_priority`; an
/// activity about a deal that is waiting on the structural obstacle is pushed half the time,
/// with `waiting_for_customer_input`, and is mostly reviewed as a verified obstacle. The coached
/// seller of pattern 3 prospects like a dropper under load in every week before their coaching
/// starts, and like everyone else after.
struct DemoActivityPlanner {
    let seller: DemoSeller
    let timeline: DemoTimeline
    let book: DemoDealBook
    let capacityMinutes: Double
    var random: SeededGenerator

    private(set) var activities: [Activity] = []
    private(set) var postponements: [Postponement] = []
    private var movedInMinutes: [Int]
    private var holiday: Range<Int> = 0..<0

    static let leftUndoneRate = 0.02
    static let dropperPushRate = 0.75
    static let waitingPushRate = 0.5

    init(seller: DemoSeller, timeline: DemoTimeline, book: DemoDealBook, capacityHours: Double, random: SeededGenerator) {
        self.seller = seller
        self.timeline = timeline
        self.book = book
        self.capacityMinutes = capacityHours * 60
        self.random = random
        self.movedInMinutes = Array(repeating: 0, count: timeline.weeks + DemoTimeline.extraWeeks)
    }

    mutating func planYear() {
        guard timeline.weeks > 0 else { return }
        let mix = DemoActivityMix.forRole(seller.jobRole)
        let holidayWeekNumber = 28 + random.below(3)
        if let first = timeline.weekNumbers.firstIndex(of: holidayWeekNumber) {
            holiday = first..<min(first + 3, timeline.weeks)
        }
        activities.reserveCapacity(timeline.weeks * 28)
        for week in 0..<timeline.weeks where !holiday.contains(week) {
            let isHighLoad = random.chance(timeline.isQuarterEnd(week: week) ? 0.45 : 0.14)
            let load = isHighLoad ? random.uniform(1.15...1.4) : random.uniform(0.78...0.98)
            var remaining = Int(capacityMinutes * load) - movedInMinutes[week]
            remaining -= plan(kind: DemoActivityKind.weeklyTeamMeeting, day: week * 7, minute: 9 * 60, minutes: 60, isHighLoad: isHighLoad)
            remaining -= plan(kind: DemoActivityKind.weeklyCRMUpkeep, day: week * 7 + 4, minute: 15 * 60, minutes: 60, isHighLoad: isHighLoad)
            while remaining > 0 {
                let kind = mix.drawKind(&random)
                let range = DemoActivityKind.kinds[kind].minutes
                let minutes = range.lowerBound + 15 * random.below((range.upperBound - range.lowerBound) / 15 + 1)
                let day = week * 7 + random.below(5)
                remaining -= plan(kind: kind, day: day, minute: 8 * 60 + 30 * random.below(16), minutes: minutes, isHighLoad: isHighLoad)
            }
        }
    }

    /// Plans one activity, plays it out, and returns its minutes.
    private mutating func plan(kind index: Int, day: Int, minute: Int, minutes: Int, isHighLoad: Bool) -> Int {
        let kind = DemoActivityKind.kinds[index]
        let id: Activity.ID = random.identifier()
        let week = day / 7
        var dealID: Deal.ID?
        var accountID: Account.ID?
        var isWaitingOnObstacle = false
        let openDeals = book.openDealsByWeek[week]
        if kind.dealShare > 0, !openDeals.isEmpty, random.chance(kind.dealShare) {
            let dealIndex = openDeals[random.below(openDeals.count)]
            dealID = book.deals[dealIndex].id
            accountID = book.deals[dealIndex].accountID
            if let since = book.waitingSinceDay[dealIndex], day >= since { isWaitingOnObstacle = true }
        } else if kind.isCustomerFacing || kind.isProspecting, !book.accounts.isEmpty {
            accountID = random.element(of: book.accounts).id
        }
        let plannedAt = timeline.date(day: day, minute: minute)
        var activity = Activity(
            id: id, type: kind.type, ownerID: seller.personID, plannedDate: plannedAt, durationMinutes: minutes,
            dealID: dealID, accountID: accountID, source: .generated)

        let isBeforeCoaching = seller.prospectingCoachedFromDay.map { day < $0 } ?? false
        let isDroppingProspecting = kind.isProspecting && ((seller.dropsProspectingUnderLoad && isHighLoad) || isBeforeCoaching)
        let isOnTimeByImpactCohort = seller.prospectingAreaOnTimeFromDay.map { day >= $0 } ?? false
            && DemoImpactCohorts.activityTypes.contains(kind.type)
        let pushRate = isWaitingOnObstacle ? Self.waitingPushRate
            : isDroppingProspecting ? Self.dropperPushRate
            : isOnTimeByImpactCohort ? 0
            : kind.normalPushRate + (isHighLoad ? kind.extraPushRateUnderLoad : 0)
        let roll = random.unit()
        if roll >= pushRate + Self.leftUndoneRate {
            activity.doneDate = plannedAt.addingTimeInterval(TimeInterval(minutes * 60))
        } else if roll < pushRate {
            let dropShare = isDroppingProspecting ? 0.7 : isWaitingOnObstacle ? 0.1 : 0.35
            if random.chance(dropShare) {
                postpone(activity, from: plannedAt, change: .dropped, kind: kind, isHighLoad: isHighLoad,
                         isWaitingOnObstacle: isWaitingOnObstacle, isDroppingProspecting: isDroppingProspecting)
            } else {
                moveOn(&activity, day: day, minute: minute, kind: kind, isHighLoad: isHighLoad,
                       isWaitingOnObstacle: isWaitingOnObstacle, isDroppingProspecting: isDroppingProspecting)
            }
        }
        activities.append(activity)
        return minutes
    }

    /// Moves the activity one or two working weeks on (past the holiday), then plays out the
    /// new week: done there, or dropped after all.
    private mutating func moveOn(
        _ activity: inout Activity, day: Int, minute: Int, kind: DemoActivityKind, isHighLoad: Bool,
        isWaitingOnObstacle: Bool, isDroppingProspecting: Bool
    ) {
        let from = activity.plannedDate
        var toWeek = day / 7 + (random.chance(0.7) ? 1 : 2)
        while holiday.contains(toWeek) { toWeek += 1 }
        toWeek = min(toWeek, timeline.weeks)
        let movedTo = timeline.date(day: toWeek * 7 + day % 7, minute: minute)
        postpone(activity, from: from, change: .moved(to: movedTo), kind: kind, isHighLoad: isHighLoad,
                 isWaitingOnObstacle: isWaitingOnObstacle, isDroppingProspecting: isDroppingProspecting)
        activity.plannedDate = movedTo
        // Beyond the span the move is still a plan.
        guard toWeek < timeline.weeks else { return }
        movedInMinutes[toWeek] += activity.durationMinutes
        if random.chance(isWaitingOnObstacle ? 0.4 : 0.12) {
            postpone(activity, from: movedTo, change: .dropped, kind: kind, isHighLoad: false,
                     isWaitingOnObstacle: isWaitingOnObstacle, isDroppingProspecting: false)
        } else {
            activity.doneDate = movedTo.addingTimeInterval(TimeInterval(activity.durationMinutes * 60))
        }
    }

    /// Records a postponement logged between half an hour and ten hours before `from`, with a
    /// reason and perhaps the manager's review.
    private mutating func postpone(
        _ activity: Activity, from: Date, change: Postponement.Change, kind: DemoActivityKind, isHighLoad: Bool,
        isWaitingOnObstacle: Bool, isDroppingProspecting: Bool
    ) {
        let (reasonCode, isObstacle) = reason(
            kind: kind, isHighLoad: isHighLoad, isWaitingOnObstacle: isWaitingOnObstacle,
            isDroppingProspecting: isDroppingProspecting)
        let loggedAt = from.addingTimeInterval(-TimeInterval(30 * 60 * (1 + random.below(20))))
        var postponement = Postponement(
            id: random.identifier(), activityID: activity.id, ownerID: seller.personID, from: from, change: change,
            reasonCode: reasonCode, loggedAt: loggedAt)
        if let managerID = seller.managerID, random.chance(isWaitingOnObstacle ? 0.8 : 0.3) {
            let reviewedAt = loggedAt.addingTimeInterval(TimeInterval(86_400 * (1 + random.below(6))))
            if reviewedAt < timeline.end {
                let verdict: ReviewVerdict = isObstacle && random.chance(isWaitingOnObstacle ? 0.95 : 0.8)
                    ? .verifiedObstacle : .acceptedExcuse
                postponement.review = PostponementReview(reviewerID: managerID, verdict: verdict, reviewedAt: reviewedAt)
            }
        }
        postponements.append(postponement)
    }

    /// The reason given, and whether it is obstacle-class.
    private mutating func reason(
        kind: DemoActivityKind, isHighLoad: Bool, isWaitingOnObstacle: Bool, isDroppingProspecting: Bool
    ) -> (ReasonCode, isObstacle: Bool) {
        if isWaitingOnObstacle {
            return (random.chance(0.85) ? DemoReasons.waitingForCustomer : DemoReasons.customerRescheduled, true)
        }
        if isDroppingProspecting {
            return (DemoReasons.pressure.draw(&random), false)
        }
        // With a customer involved the customer is often the cause; under load, less often.
        let obstacleShare = kind.isCustomerFacing ? (isHighLoad ? 0.35 : 0.55) : 0.15
        return random.chance(obstacleShare)
            ? (DemoReasons.obstacles.draw(&random), true)
            : (DemoReasons.excuses.draw(&random), false)
    }
}
