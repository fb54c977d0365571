import Foundation

/// Makes one seller's accounts and deals for the span.
///
/// Each deal starts in the first stage of ``DealPipeline/standard`` on a working day of the
/// span and moves stage by stage. In each stage it waits a number of days that depends on the
/// stage and on the seller's role, and may be lost there instead of moving on; after the last
/// stage it is won. Whatever would happen after the span does not happen: the deal is still
/// open, in the stage it had reached. That gives, over a year:
///
/// - a win rate of about 30 % of closed deals (survival through the four stages is
///   0.70 × 0.70 × 0.75 × 0.80 ≈ 0.29);
/// - won cycles (first engagement, i.e. entering qualification, to close) of about three weeks
///   to four months, longer for key accounts;
/// - values in SEK, skewed towards the small end of each role's range.
///
/// For a seller in the obstacle team, a deal that enters the obstacle's stage on or after the
/// day the obstacle began stays there to the end of the span (see ``DemoStructuralObstacle``).
struct DemoDealPlanner {
    let seller: DemoSeller
    let organizationID: Organization.ID
    let timeline: DemoTimeline
    let obstacleStartDay: Int?
    var random: SeededGenerator

    /// Per stage of ``DealPipeline/standard``: typical days spent, before the role's pace.
    static let stageDays: [ClosedRange<Int>] = [4...21, 7...28, 7...35, 5...30]
    /// Per stage: the chance a deal is lost there rather than moving on.
    static let lossChance: [Double] = [0.30, 0.30, 0.25, 0.20]

    /// What one role's deals look like.
    struct RoleProfile {
        let accounts: ClosedRange<Int>
        let deals: ClosedRange<Int>
        /// In SEK.
        let value: ClosedRange<Double>
        /// Multiplies the days in each stage: key accounts move slower, inside sales faster.
        let pace: Double
    }

    static func profile(for role: JobRole) -> RoleProfile {
        switch role {
        case .salesDevelopmentRepresentative:
            RoleProfile(accounts: 20...30, deals: 12...20, value: 40_000...250_000, pace: 0.8)
        case .insideSales:
            RoleProfile(accounts: 25...40, deals: 25...40, value: 20_000...150_000, pace: 0.6)
        case .keyAccountManager:
            RoleProfile(accounts: 6...10, deals: 6...12, value: 500_000...5_000_000, pace: 1.5)
        case .accountExecutive, .salesManager, .headOfSales, .salesOperations:
            RoleProfile(accounts: 12...20, deals: 15...25, value: 150_000...1_500_000, pace: 1.0)
        }
    }

    mutating func makeBook() -> DemoDealBook {
        var book = DemoDealBook(weeks: timeline.weeks)
        guard timeline.weeks > 0 else { return book }
        let profile = Self.profile(for: seller.jobRole)
        for _ in 0..<random.integer(in: profile.accounts) {
            book.accounts.append(Account(
                id: random.identifier(), organizationID: organizationID,
                name: NordicCompanyNames.name(marketCode: seller.marketCode, random: &random)))
        }
        let dealCount = random.integer(in: profile.deals)
        var planned: [PlannedDeal] = []
        for _ in 0..<dealCount {
            planned.append(makeDeal(profile: profile, accounts: book.accounts))
        }
        // Oldest first, so the batch reads like the seller's year.
        planned.sort { ($0.deal.createdAt, $0.deal.id) < ($1.deal.createdAt, $1.deal.id) }
        for (index, entry) in planned.enumerated() {
            book.deals.append(entry.deal)
            book.transitions += entry.transitions
            book.waitingSinceDay.append(entry.waitingSinceDay)
            for week in (entry.firstDay / 7)...(min(entry.lastDay, timeline.dayCount - 1) / 7) {
                book.openDealsByWeek[week].append(index)
            }
        }
        return book
    }

    /// A deal with its history and the days it was open (the last one within the span).
    private struct PlannedDeal {
        let deal: Deal
        let transitions: [StageTransition]
        let waitingSinceDay: Int?
        let firstDay: Int
        let lastDay: Int
    }

    private mutating func makeDeal(profile: RoleProfile, accounts: [Account]) -> PlannedDeal {
        let id: Deal.ID = random.identifier()
        let stages = DealPipeline.standard.stages
        // Created early enough that at least the first stage can be seen to pass.
        let createdDay = random.below(max(timeline.weeks - 2, 1)) * 7 + random.below(5)
        let createdAt = timeline.date(day: createdDay, minute: workingMinute())
        let fraction = random.unit()
        let rawValue = profile.value.lowerBound + (profile.value.upperBound - profile.value.lowerBound) * fraction * fraction
        let value = Decimal(Int((rawValue / 1_000).rounded()) * 1_000)
        let account = accounts.isEmpty ? nil : random.element(of: accounts).id

        var transitions = [StageTransition(dealID: id, stage: stages[0], enteredAt: createdAt)]
        var day = createdDay
        var stage = stages[0]
        var engagedAt: Date?
        var closedAt: Date?
        var outcome = DealOutcome.open
        var waitingSinceDay: Int?
        for position in stages.indices {
            if position == stages.count - 1, seller.facesStructuralObstacle, let obstacleStartDay, day >= obstacleStartDay {
                waitingSinceDay = day
                break
            }
            let days = max(1, Int((Double(random.integer(in: Self.stageDays[position])) * profile.pace).rounded()))
            let isLost = random.chance(Self.lossChance[position])
            let stay = isLost ? max(1, Int((Double(days) * random.uniform(0.3...1)).rounded())) : days
            let nextDay = DemoTimeline.nextWorkday(day + stay)
            guard nextDay < timeline.dayCount else { break }
            let moment = timeline.date(day: nextDay, minute: workingMinute())
            day = nextDay
            if isLost {
                outcome = .lost
                closedAt = moment
                break
            }
            if position == stages.count - 1 {
                outcome = .won
                closedAt = moment
                break
            }
            stage = stages[position + 1]
            transitions.append(StageTransition(dealID: id, stage: stage, enteredAt: moment))
            if position == 0 { engagedAt = moment }
        }
        let deal = Deal(
            id: id, ownerID: seller.personID, accountID: account, stage: stage, value: value, createdAt: createdAt,
            engagedAt: engagedAt, closedAt: closedAt, outcome: outcome)
        return PlannedDeal(
            deal: deal, transitions: transitions, waitingSinceDay: waitingSinceDay, firstDay: createdDay,
            lastDay: outcome == .open ? timeline.dayCount - 1 : day)
    }

    /// 08:00 to 16:30, on the half hour.
    private mutating func workingMinute() -> Int {
        8 * 60 + 30 * random.below(18)
    }
}
