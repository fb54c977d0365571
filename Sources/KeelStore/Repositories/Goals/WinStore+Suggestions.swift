import FluentKit
import Foundation
import SalesDomain

extension WinStore {
    /// The wins Keel suggests to this viewer (a manager; nobody else gets any), newest first.
    public func suggestions(for policy: AccessPolicy, asOf date: Date) async throws -> [WinSuggestion] {
        try await suggestions(try await goalStore.reach(for: policy, people: []), asOf: date)
    }

    /// Deals won since the start of the day ``WinSuggestion/dealWindowDays`` days ago by people
    /// the viewer posts wins for, and goals of those people and teams whose progress reached
    /// 100 % — less what a win already celebrates and what someone dismissed.
    func suggestions(_ reach: GoalStore.Reach, asOf date: Date) async throws -> [WinSuggestion] {
        guard reach.policy.receivesWinSuggestions else { return [] }
        let org = organizationID.rawValue
        let people = Dictionary(uniqueKeysWithValues: reach.people.values.filter { $0.isActive && reach.policy.canPostWin(for: $0) }.map { ($0.id, $0) })
        let celebrated = try await WinModel.query(on: database).filter(\.$organizationID == org).all()
        let dismissed = try await WinDismissalModel.query(on: database).filter(\.$organizationID == org).all()
        let takenDeals = Set(celebrated.compactMap(\.dealID)).union(dismissed.filter { $0.sourceKind == "deal" }.map(\.sourceID))
        let takenGoals = Set(celebrated.compactMap(\.goalID)).union(dismissed.filter { $0.sourceKind == "goal" }.map(\.sourceID))

        var suggestions: [WinSuggestion] = []
        let since = calendar.start(of: calendar.day(containing: date).adding(days: -WinSuggestion.dealWindowDays))
        for chunk in Array(people.keys).chunked(into: 500) {
            let deals = try await DealModel.query(on: database).filter(\.$organizationID == org).filter(\.$ownerID ~~ chunk.map(\.rawValue))
                .filter(\.$outcome == DealOutcome.won.rawValue).filter(\.$closedAt >= since).filter(\.$closedAt <= date).all()
                .filter { !takenDeals.contains($0.id!) }
            let accounts = Dictionary(
                try await AccountModel.query(on: database).filter(\.$id ~~ Set(deals.compactMap(\.accountID))).all().map { ($0.id!, $0.name) },
                uniquingKeysWith: { first, _ in first })
            for model in deals {
                let deal = model.domain
                guard let person = people[deal.ownerID] else { continue }
                suggestions.append(WinSuggestion(
                    source: .deal(deal.id), subject: .person(person.id), subjectName: person.name,
                    title: model.accountID.flatMap { accounts[$0] } ?? model.title ?? model.externalID, value: deal.value,
                    at: deal.closedAt ?? date))
            }
        }

        let goals = try await goalStore.goals()
        let progress = GoalProgress.rollUp(goals, kpiValues: try await goalStore.kpiValues(of: goals, hierarchy: reach.hierarchy))
        for goal in goals where progress[goal.id]?.isReached == true && !takenGoals.contains(goal.id.rawValue) {
            switch goal.owner {
            case .company:
                continue
            case .team(let id):
                guard let team = reach.teams[id], reach.policy.canPostWin(for: team) else { continue }
                suggestions.append(.init(source: .goal(goal.id), subject: .team(id), subjectName: team.name, title: goal.title, value: nil, at: date))
            case .person(let id):
                guard let person = people[id] else { continue }
                suggestions.append(.init(source: .goal(goal.id), subject: .person(id), subjectName: person.name, title: goal.title, value: nil, at: date))
            }
        }
        return suggestions.sorted { ($0.at, $0.source.key) > ($1.at, $1.source.key) }
    }

    /// Dismisses one of the viewer's current suggestions, so nobody is suggested it again; audited.
    public func dismiss(_ source: WinSuggestion.Source, for policy: AccessPolicy, at date: Date) async throws {
        guard try await suggestions(for: policy, asOf: date).contains(where: { $0.source == source }) else {
            throw AccessRefused(.notFound, entity: "win suggestion", field: "suggestion")
        }
        let (kind, id): (String, UUID) = switch source {
        case .deal(let id): ("deal", id.rawValue)
        case .goal(let id): ("goal", id.rawValue)
        }
        let organizationID = organizationID
        try await database.writeTransaction { database in
            let model = WinDismissalModel()
            model.id = UUID()
            model.organizationID = organizationID.rawValue
            model.sourceKind = kind
            model.sourceID = id
            model.dismissedBy = policy.viewer.personID.rawValue
            model.dismissedAt = date
            try await model.create(on: database)
            try await AuditTrail.record(
                on: database, organizationID: organizationID, actor: policy.viewer.personID, entity: "win_suggestion", entityID: id,
                action: "dismiss", changes: ["suggestion": .init(old: nil, new: source.key)], at: date)
        }
    }
}
