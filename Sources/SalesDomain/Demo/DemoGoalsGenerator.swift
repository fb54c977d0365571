import Foundation

/// The demo organization's goals and wins (SPEC §4), so the goals page and the team feed are
/// alive on first start: a company goal; under it a won-value goal for each of the first few
/// managed teams (the manager login's first) and a hand-measured goal for the manager login's
/// team; won-deals goals for their sellers, and a hand-measured goal for the seller login; and
/// a few wins the managers posted. Targets are set from the sellers' own deals, so progress
/// lands between "well under way" and "reached" rather than at 0 or 100 % everywhere; the
/// seller login's won-deals goal is exactly reached, so their manager is suggested a win.
public struct DemoGoalsGenerator: Sendable {
    public struct Output: Sendable {
        public var goals: [Goal]
        public var wins: [Win]
    }

    public static let teamsWithGoals = 4
    public static let sellersWithGoals = 3

    /// `deals`: the organization's won deals; `today`: the day the demo is made.
    public static func generate(_ demo: DemoOrganization, deals: [Deal], calendar: WeekCalendar, today: CalendarDay, now: Date) -> Output {
        // Four months behind and one ahead: long enough for most sellers to have won a deal in it.
        let start = today.adding(days: -120)
        let due = today.adding(days: 30)
        let hierarchy = TeamHierarchy(demo.teams)
        var ids = DemoGoalIDs(organization: demo.organization.id)
        var goals: [Goal] = []
        var wins: [Win] = []
        let writers = DemoWriters(demo)
        let company = Goal(
            id: ids.next(), owner: .company, title: Self.companyGoal.first(in: writers.language(of: demo.logins.leader.id)), start: start, due: due, createdBy: demo.logins.leader.id)
        goals.append(company)
        let period = company.period(in: calendar)
        let teamOf = Dictionary(uniqueKeysWithValues: demo.people.map { ($0.id, $0.teamID) })

        let managers = demo.people.filter { $0.accessRole == .manager && $0.teamID != nil }
            .sorted { ($0.id != demo.logins.manager.id ? 1 : 0, $0.email) < ($1.id != demo.logins.manager.id ? 1 : 0, $1.email) }
        for manager in managers.prefix(teamsWithGoals) {
            guard let teamID = manager.teamID, let team = demo.teams.first(where: { $0.id == teamID }) else { continue }
            let subtree = hierarchy.subtree(of: teamID)
            let language = writers.language(of: manager.id)
            let won = GoalKPI.wonValue.value(for: .team(teamID), period: period, deals: deals, teamOf: { teamOf[$0] ?? nil }, subtree: subtree)
            let teamGoal = Goal(
                id: ids.next(), owner: .team(teamID), title: Self.teamGoal(team.name, in: language), start: start, due: due, parentID: company.id,
                weight: 2, measure: .kpi(.wonValue, target: roundedUp(max(won * 1.25, 500_000), to: 50_000)), createdBy: manager.id)
            goals.append(teamGoal)
            func wonDeals(of seller: Person) -> Double {
                GoalKPI.wonDeals.value(for: .person(seller.id), period: period, deals: deals, teamOf: { teamOf[$0] ?? nil }, subtree: [])
            }
            // The seller login first, then those who won most: their goals have something to show.
            let ranked: [(seller: Person, rank: Int, won: Double)] = demo.people
                .filter { $0.teamID == teamID && $0.accessRole == .seller && $0.isActive }
                .map { (seller: $0, rank: $0.id == demo.logins.seller.id ? 0 : 1, won: wonDeals(of: $0)) }
            let sellers = ranked.sorted { first, second in
                (first.rank, -first.won, first.seller.email) < (second.rank, -second.won, second.seller.email)
            }.map(\.seller)
            for seller in sellers.prefix(sellersWithGoals) {
                let count = wonDeals(of: seller)
                // The seller login's goal is reached exactly, the others' are under way.
                let target = seller.id == demo.logins.seller.id && count > 0 ? count : max(count + 3, 4)
                goals.append(Goal(
                    id: ids.next(), owner: .person(seller.id), title: Self.wonDealsGoal.first(in: language), start: start, due: due, parentID: teamGoal.id,
                    measure: .kpi(.wonDeals, target: target), createdBy: manager.id))
            }
            guard manager.id == demo.logins.manager.id else { continue }
            let references = Goal(
                id: ids.next(), owner: .team(teamID), title: Self.referencesGoal.first(in: language), start: start, due: due,
                parentID: company.id, measure: .manual(target: 6, unit: Self.referencesUnit.first(in: language)), latestValue: 4, createdBy: manager.id)
            goals.append(references)
            if let seller = sellers.first {
                goals.append(Goal(
                    id: ids.next(), owner: .person(seller.id), title: Self.firstMeetingsGoal.first(in: language), start: start, due: due,
                    parentID: references.id, measure: .manual(target: 20, unit: Self.meetingsUnit.first(in: language)), latestValue: 12, createdBy: manager.id))
            }
            let texts = Self.sellerWins.written(in: language)
            for (index, seller) in sellers.prefix(texts.count).enumerated() {
                wins.append(Win(
                    id: ids.next(), subject: .person(seller.id), text: texts[index], postedBy: manager.id,
                    postedAt: now.addingTimeInterval(-Double(index * 5 + 2) * 86_400)))
            }
            wins.append(Win(
                id: ids.next(), subject: .team(teamID), text: Self.teamWin.first(in: language), goalID: references.id,
                postedBy: manager.id, postedAt: now.addingTimeInterval(-9 * 86_400)))
        }
        return Output(goals: goals, wins: wins)
    }

    static let companyGoal = DemoPhrases(
        swedish: "Fler vunna affärer i hela Norden", norwegian: "Flere vunne avtaler i hele Norden",
        english: "Grow won business across the Nordics")
    static let wonDealsGoal = DemoPhrases(swedish: "Vunna affärer", norwegian: "Vunne avtaler", english: "Won deals")
    static let referencesGoal = DemoPhrases(
        swedish: "Signerade kundreferenser", norwegian: "Signerte kundereferanser", english: "Signed customer references")
    static let referencesUnit = DemoPhrases(swedish: "referenser", norwegian: "referanser", english: "references")
    static let firstMeetingsGoal = DemoPhrases(
        swedish: "Första möten med nya kunder", norwegian: "Første møter med nye kunder", english: "First meetings with new accounts")
    static let meetingsUnit = DemoPhrases(swedish: "möten", norwegian: "møter", english: "meetings")
    static let sellerWins = DemoPhrases(
        swedish: [
            "Fick in en fot hos en ny logistikkund efter tre månaders tålmodig uppföljning.",
            "Månadens bästa genomgång av ett behovssamtal: hela teamet kan lära sig av den.",
            "Stängde kvartalets största förnyelse en vecka i förväg.",
        ],
        norwegian: [
            "Fikk foten innenfor hos en ny logistikkunde etter tre måneders tålmodig oppfølging.",
            "Månedens beste gjennomgang av en behovssamtale: hele teamet kan lære av den.",
            "Lukket kvartalets største fornyelse en uke før tiden.",
        ],
        english: [
            "Opened the door at a new logistics account after three months of patient follow-up.",
            "Best discovery call review this month: the whole team can learn from it.",
            "Closed the quarter's largest renewal a week early.",
        ])
    static let teamWin = DemoPhrases(
        swedish: "Alla säljare loggade sin vecka i tid fyra veckor i rad.",
        norwegian: "Alle selgerne førte uken sin i tide fire uker på rad.",
        english: "Every seller logged their week on time four weeks running.")

    static func teamGoal(_ team: String, in language: Language) -> String {
        switch language {
        case .swedish: "Vunnet värde i \(team)"
        case .norwegianBokmal: "Vunnet verdi i \(team)"
        case .english: "Won value in \(team)"
        }
    }

    static func roundedUp(_ value: Double, to step: Double) -> Double {
        (value / step).rounded(.up) * step
    }
}

/// Ids that are the same on every run for the same organization, so a demo is reproducible.
private struct DemoGoalIDs {
    let organization: Organization.ID
    var count = 0

    init(organization: Organization.ID) {
        self.organization = organization
    }

    mutating func next<Subject>() -> Identifier<Subject> {
        count += 1
        return Identifier(StableIdentifier.uuid("demo-goals:\(organization):\(count)"))
    }
}
