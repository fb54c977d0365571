/// Every scope a viewer may switch the execution analyses to, grouped the way they think of
/// them: the organization, its markets, its teams as a tree, and — for a manager — their people.
///
/// The scope being shown is always among them, so the list never shows one scope while the
/// page shows another (a deep team used to be missing, and pressing Show jumped to the
/// organization). Teams that share a name are told apart by their market or parent.
public struct AnalysisScopeChoices: Hashable, Sendable {
    public enum Group: Hashable, Sendable {
        case organization, markets, teams, people
    }

    public struct Choice: Hashable, Sendable {
        public var scope: AnalysisScope
        /// `nil` for the organization, whose name the interface words.
        public var label: String?
        /// How far below the top of the shown tree a team sits; 0 for everything else.
        public var depth: Int
    }

    public struct Section: Hashable, Sendable {
        public var group: Group
        public var choices: [Choice]
    }

    public var sections: [Section]

    /// - Parameters:
    ///   - teams: the organization's active teams; those the viewer may not read are left out.
    ///   - people: the people a manager may pick, those the viewer may read; leadership's lists
    ///     leave people out (a person is a click away on their page).
    ///   - current: the scope shown, with its name, kept in the list whatever the rules above say.
    public init(
        policy: AccessPolicy, viewer: Person, teams: [Team], markets: [Market], people: [Person],
        current: AnalysisScope, currentName: String
    ) {
        var sections: [Section] = []
        if policy.canReadOrganization { sections.append(Section(group: .organization, choices: [Choice(scope: .organization, label: nil, depth: 0)])) }
        let readableMarkets = markets.filter { policy.canRead(market: $0.id) }.sorted { $0.name < $1.name }
        if !readableMarkets.isEmpty {
            sections.append(Section(group: .markets, choices: readableMarkets.map { Choice(scope: .market($0.id), label: $0.name, depth: 0) }))
        }
        let visible = teams.filter(policy.canRead)
        let visibleIDs = Set(visible.map(\.id))
        let marketNames = Dictionary(uniqueKeysWithValues: markets.map { ($0.id, $0.name) })
        let byID = Dictionary(uniqueKeysWithValues: teams.map { ($0.id, $0) })
        let nameCounts = Dictionary(grouping: visible, by: \.name).mapValues(\.count)
        func label(_ team: Team) -> String {
            guard nameCounts[team.name, default: 0] > 1 else { return team.name }
            let parent = team.parentID.flatMap { byID[$0] }
            let place = parent.flatMap { $0.marketID == team.marketID ? $0.name : nil } ?? team.marketID.flatMap { marketNames[$0] }
            return place.map { "\(team.name) · \($0)" } ?? team.name
        }
        let children = Dictionary(grouping: visible.filter { $0.parentID.map(visibleIDs.contains) ?? false }, by: { $0.parentID! })
        var teamChoices: [Choice] = []
        func add(_ team: Team, depth: Int) {
            teamChoices.append(Choice(scope: .team(team.id), label: label(team), depth: depth))
            for child in (children[team.id] ?? []).sorted(by: { $0.name < $1.name }) { add(child, depth: depth + 1) }
        }
        for root in visible.filter({ !($0.parentID.map(visibleIDs.contains) ?? false) }).sorted(by: { $0.name < $1.name }) {
            add(root, depth: 0)
        }
        if !teamChoices.isEmpty { sections.append(Section(group: .teams, choices: teamChoices)) }
        var personChoices = [Choice(scope: .person(viewer.id), label: viewer.name, depth: 0)]
        if case .teams = policy.scope {
            personChoices += people.filter { $0.id != viewer.id && $0.isActive && policy.canRead($0) }
                .sorted { $0.name < $1.name }.map { Choice(scope: .person($0.id), label: $0.name, depth: 0) }
        }
        sections.append(Section(group: .people, choices: personChoices))
        if !sections.contains(where: { $0.choices.contains { $0.scope == current } }) {
            let group: Group = switch current {
            case .organization: .organization
            case .market: .markets
            case .team: .teams
            case .person: .people
            }
            let extra = Choice(scope: current, label: current == .organization ? nil : currentName, depth: 0)
            if let index = sections.firstIndex(where: { $0.group == group }) {
                sections[index].choices.insert(extra, at: 0)
            } else {
                sections.insert(Section(group: group, choices: [extra]), at: 0)
            }
        }
        self.sections = sections
    }
}
