import FluentKit
import Foundation
import SalesDomain

/// Goals (SPEC §4) as the store keeps them: the organization's goal tree, each goal's progress
/// under ``GoalProgress``'s roll-up with KPIs computed from the stored deals, and every write
/// checked by ``GoalDraft`` and ``AccessPolicy`` and audited with old and new values.
///
/// Progress is rolled up over all of the organization's goals, so a goal shows the same
/// progress to every viewer, also when some of its children are outside their reach.
public struct GoalStore: OrganizationCalendarStore {
    public let database: any Database
    public let organizationID: Organization.ID
    public let calendar: WeekCalendar

    public init(database: any Database, organizationID: Organization.ID, calendar: WeekCalendar) {
        self.database = database
        self.organizationID = organizationID
        self.calendar = calendar
    }

    var directory: Directory { Directory(database: database, organizationID: organizationID) }

    /// What deciding who reads and writes which goal needs: the organization's teams, the
    /// viewer's team with every team above it, and the people goals belong to.
    struct Reach {
        var policy: AccessPolicy
        var teams: [Team.ID: Team]
        var hierarchy: TeamHierarchy
        var viewerTeams: Set<Team.ID>
        var people: [Person.ID: Person]

        func canRead(_ owner: GoalOwner) -> Bool {
            switch owner {
            case .company: true
            case .team(let id): teams[id].map { policy.canReadGoals(of: $0, viewerTeams: viewerTeams) } ?? false
            case .person(let id): people[id].map(policy.canReadGoals(of:)) ?? false
            }
        }

        func canWrite(_ owner: GoalOwner) -> Bool {
            switch owner {
            case .company: policy.canWriteCompanyGoals
            case .team(let id): teams[id].map(policy.canWriteGoals(of:)) ?? false
            case .person(let id): people[id].map(policy.canWriteGoals(of:)) ?? false
            }
        }

        func canEnterValue(_ goal: Goal) -> Bool {
            guard goal.measure?.isManual == true else { return false }
            if case .person(let id) = goal.owner, let person = people[id] { return policy.canEnterValue(ofGoalOf: person) }
            return canWrite(goal.owner)
        }

        func name(of owner: GoalOwner) -> String? {
            switch owner {
            case .company: nil
            case .team(let id): teams[id]?.name
            case .person(let id): people[id]?.name
            }
        }
    }

    /// `people`: the people whose goals are looked at, besides those the viewer reads.
    func reach(for policy: AccessPolicy, people: some Sequence<Person.ID>) async throws -> Reach {
        let teams = try await directory.teams()
        let hierarchy = TeamHierarchy(teams)
        var personIDs = Set(people)
        if policy.viewer.accessRole == .manager {
            personIDs.formUnion(try await directory.readablePersonIDs(for: policy))
        }
        personIDs.insert(policy.viewer.personID)
        let people = try await directory.people(ids: personIDs)
        return Reach(
            policy: policy, teams: Dictionary(uniqueKeysWithValues: teams.map { ($0.id, $0) }), hierarchy: hierarchy,
            viewerTeams: policy.viewer.teamID.map { Set([$0] + hierarchy.ancestors(of: $0)) } ?? [],
            people: Dictionary(uniqueKeysWithValues: people.map { ($0.id, $0) }))
    }

    /// The organization's goals that are not archived.
    func goals() async throws -> [Goal] {
        try await GoalModel.query(on: database).filter(\.$organizationID == organizationID.rawValue).filter(\.$archivedAt == nil)
            .all().map { try $0.domain() }
    }

    func goalModel(_ id: Goal.ID) async throws -> GoalModel? {
        try await GoalModel.query(on: database).filter(\.$organizationID == organizationID.rawValue).filter(\.$id == id.rawValue)
            .filter(\.$archivedAt == nil).first()
    }

    /// Each KPI goal's value (``GoalKPI/value(for:period:deals:teamOf:subtree:)``) from the deals
    /// won within the span of all their periods, read once.
    func kpiValues(of goals: [Goal], hierarchy: TeamHierarchy) async throws -> [Goal.ID: Double] {
        let measured = goals.filter { $0.measure?.kpi != nil }
        guard let first = measured.map(\.start).min(), let last = measured.map(\.due).max() else { return [:] }
        let span = calendar.start(of: first)..<calendar.start(of: last.adding(days: 1))
        let deals = try await DealModel.query(on: database).filter(\.$organizationID == organizationID.rawValue)
            .filter(\.$outcome == DealOutcome.won.rawValue).filter(\.$closedAt >= span.lowerBound).filter(\.$closedAt < span.upperBound)
            .all().map(\.domain)
        let owners = Set(deals.map(\.ownerID))
        let teamOf = Dictionary(uniqueKeysWithValues: try await directory.people(ids: owners).map { ($0.id, $0.teamID) })
        var values: [Goal.ID: Double] = [:]
        for goal in measured {
            guard let kpi = goal.measure?.kpi else { continue }
            let subtree = goal.owner.teamID.map(hierarchy.subtree(of:)) ?? []
            values[goal.id] = kpi.value(
                for: goal.owner, period: goal.period(in: calendar), deals: deals, teamOf: { teamOf[$0] ?? nil }, subtree: subtree)
        }
        return values
    }

    /// The goals screen for this viewer: every goal they read, in tree order, with its progress.
    public func board(for policy: AccessPolicy) async throws -> GoalBoard {
        let all = try await goals()
        let reach = try await reach(for: policy, people: all.compactMap(\.owner.personID))
        let progress = GoalProgress.rollUp(all, kpiValues: try await kpiValues(of: all, hierarchy: reach.hierarchy))
        let visible = all.filter { reach.canRead($0.owner) }
        let entries = GoalBoard.treeOrder(visible).map { goal, depth in
            GoalBoard.Entry(
                goal: goal, progress: progress[goal.id] ?? GoalProgress(fraction: nil, basis: .nothing), ownerName: reach.name(of: goal.owner),
                depth: depth, canEdit: reach.canWrite(goal.owner), canEnterValue: reach.canEnterValue(goal))
        }
        return GoalBoard(entries: entries, writableOwners: writableOwners(reach))
    }

    /// One goal as the board shows it; not found outside the viewer's reach.
    public func entry(_ id: Goal.ID, for policy: AccessPolicy) async throws -> GoalBoard.Entry {
        guard let entry = try await board(for: policy).entries.first(where: { $0.goal.id == id }) else {
            throw AccessRefused(.notFound, entity: "goal", field: "goalID")
        }
        return entry
    }

    func writableOwners(_ reach: Reach) -> [GoalBoard.OwnerChoice] {
        var owners: [GoalBoard.OwnerChoice] = []
        if reach.policy.canWriteCompanyGoals { owners.append(.init(owner: .company, name: nil)) }
        owners += reach.teams.values.filter { $0.isActive && reach.policy.canWriteGoals(of: $0) }.sorted { $0.name < $1.name }
            .map { .init(owner: .team($0.id), name: $0.name) }
        owners += reach.people.values.filter { $0.isActive && reach.policy.canWriteGoals(of: $0) }.sorted { $0.name < $1.name }
            .map { .init(owner: .person($0.id), name: $0.name) }
        return owners
    }
}
