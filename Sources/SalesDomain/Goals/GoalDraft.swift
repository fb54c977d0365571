import Foundation

/// What a person sets when adding or editing a goal, before it is checked. Dates, numbers and
/// the KPI's name arrive as read from the form or body; ``validated(id:goals:hierarchy:teamOfOwner:)``
/// answers every problem at once.
public struct GoalDraft: Hashable, Sendable {
    public enum Measure: Hashable, Sendable {
        /// Progress from the children alone.
        case none
        case manual(target: Double?, unit: String)
        /// `kpi` as written (`won_deals`), so an unknown one is a problem at its field.
        case kpi(String, target: Double?)
    }

    public var owner: GoalOwner
    public var title: String
    public var start: CalendarDay?
    public var due: CalendarDay?
    public var parentID: Goal.ID?
    public var weight: Double
    public var measure: Measure

    public static let titleLimit = 200
    public static let unitLimit = 40

    public init(
        owner: GoalOwner, title: String, start: CalendarDay?, due: CalendarDay?, parentID: Goal.ID?, weight: Double = 1,
        measure: Measure = .none
    ) {
        self.owner = owner
        self.title = title
        self.start = start
        self.due = due
        self.parentID = parentID
        self.weight = weight
        self.measure = measure
    }

    /// The goal this draft makes, or every problem with it:
    /// - `title`: required, at most ``titleLimit`` characters;
    /// - `start`, `due`: required; `due` not before `start`;
    /// - `weight`: above 0;
    /// - `target`: above 0 for a measured goal; `kpi`: one of ``GoalKPI``; `unit`: at most ``unitLimit``;
    /// - `parentID`: none for a company goal, required otherwise, one of `goals`, not the goal
    ///   itself or one of its descendants (the goal would become its own ancestor), and of the
    ///   right level — a team goal's parent is a company goal or a goal of a team above it; an
    ///   individual goal's parent is a company goal or a goal of the person's team or a team
    ///   above it (`teamOfOwner`).
    ///
    /// `id` is the goal being edited (`nil` for a new one, which cannot close a cycle); `goals`
    /// are the organization's current goals.
    public func validated(
        id: Goal.ID?, goals: [Goal.ID: Goal], hierarchy: TeamHierarchy, teamOfOwner: Team.ID?
    ) throws(FieldErrors) -> Goal {
        var problems = FieldErrors.Collector()
        let title = title.trimmingCharacters(in: .whitespacesAndNewlines)
        if title.isEmpty {
            problems.append(FieldError(field: "title", code: .required, .valueRequired))
        } else if title.count > Self.titleLimit {
            problems.append(FieldError(field: "title", code: .tooLong, .textTooLong, ["maximum": String(Self.titleLimit)]))
        }
        if start == nil { problems.append(FieldError(field: "start", code: .required, .valueRequired)) }
        if due == nil { problems.append(FieldError(field: "due", code: .required, .valueRequired)) }
        if let start, let due, due < start {
            problems.append(FieldError(field: "due", code: .invalidValue, .goalDueBeforeStart, ["start": start.description]))
        }
        if !(weight > 0) || !weight.isFinite {
            problems.append(FieldError(field: "weight", code: .invalidValue, .weightNotPositive))
        }
        let measure = measure(problems: &problems)
        parentProblems(id: id, goals: goals, hierarchy: hierarchy, teamOfOwner: teamOfOwner).forEach { problems.append($0) }
        try problems.throwIfAny()
        return Goal(
            id: id ?? Goal.ID(UUID()), owner: owner, title: title, start: start!, due: due!, parentID: parentID, weight: weight,
            measure: measure)
    }

    private func measure(problems: inout FieldErrors.Collector) -> GoalMeasure? {
        func checkedTarget(_ target: Double?) -> Double? {
            guard let target else {
                problems.append(FieldError(field: "target", code: .required, .valueRequired))
                return nil
            }
            guard target > 0, target.isFinite else {
                problems.append(FieldError(field: "target", code: .invalidValue, .goalTargetNotPositive))
                return nil
            }
            return target
        }
        switch measure {
        case .none:
            return nil
        case .manual(let target, let unit):
            let unit = unit.trimmingCharacters(in: .whitespacesAndNewlines)
            if unit.count > Self.unitLimit {
                problems.append(FieldError(field: "unit", code: .tooLong, .textTooLong, ["maximum": String(Self.unitLimit)]))
            }
            return checkedTarget(target).map { .manual(target: $0, unit: unit) }
        case .kpi(let name, let target):
            let kpi = GoalKPI(rawValue: name)
            if kpi == nil {
                problems.append(FieldError(
                    field: "kpi", code: .invalidValue, .goalKPIUnknown,
                    ["value": name, "choices": GoalKPI.allCases.map(\.rawValue).joined(separator: ", ")]))
            }
            let target = checkedTarget(target)
            guard let kpi, let target else { return nil }
            return .kpi(kpi, target: target)
        }
    }

    private func parentProblems(id: Goal.ID?, goals: [Goal.ID: Goal], hierarchy: TeamHierarchy, teamOfOwner: Team.ID?) -> [FieldError] {
        guard let parentID else {
            return owner == .company ? [] : [FieldError(field: "parentID", code: .required, .goalParentRequired)]
        }
        if owner == .company { return [FieldError(field: "parentID", code: .invalidValue, .goalParentNotAllowed)] }
        guard let parent = goals[parentID] else {
            return [FieldError(field: "parentID", code: .notFound, .goalUnknown, ["id": parentID.description])]
        }
        if let id, Self.wouldCreateCycle(goal: id, under: parentID, goals: goals) {
            return [FieldError(field: "parentID", code: .cycle, .goalCycle)]
        }
        let allowedTeams: Set<Team.ID>
        switch owner {
        case .company: allowedTeams = []
        case .team(let team): allowedTeams = Set(hierarchy.ancestors(of: team))
        case .person: allowedTeams = teamOfOwner.map { Set([$0] + hierarchy.ancestors(of: $0)) } ?? []
        }
        switch parent.owner {
        case .company: return []
        case .team(let team) where allowedTeams.contains(team): return []
        default: return [FieldError(field: "parentID", code: .invalidValue, .goalParentLevel, ["level": owner.level.rawValue])]
        }
    }

    /// Whether hanging `goal` under `parent` makes it its own ancestor: the parent is the goal,
    /// or the goal is somewhere up the parent's chain.
    public static func wouldCreateCycle(goal: Goal.ID, under parent: Goal.ID, goals: [Goal.ID: Goal]) -> Bool {
        var seen: Set<Goal.ID> = []
        var current: Goal.ID? = parent
        while let next = current, seen.insert(next).inserted {
            if next == goal { return true }
            current = goals[next]?.parentID
        }
        return false
    }
}
