import Foundation
@testable import KeelServer
import SalesDomain
import Testing

/// The goals page rendered from a fixed board, without a server or a database: a company goal
/// rolled up from a KPI team goal and a manual team goal with an individual goal under it, in
/// English and Swedish, as the manager who sets the team goals sees it.
@Suite struct GoalsPageSnapshotTests {
    static func id(_ n: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-0000-0009-%012d", n))! }

    static func board() -> GoalBoard {
        let team = Team.ID(id(100))
        let seller = Person.ID(id(200))
        func day(_ text: String) -> CalendarDay { CalendarDay(text)! }
        let goals = [
            Goal(id: .init(id(1)), owner: .company, title: "Grow won business across the Nordics", start: day("2026-01-01"), due: day("2026-03-31")),
            Goal(id: .init(id(2)), owner: .team(team), title: "Won value in Stockholm SMB", start: day("2026-01-01"), due: day("2026-03-31"),
                 parentID: .init(id(1)), weight: 2, measure: .kpi(.wonValue, target: 1_000_000)),
            Goal(id: .init(id(3)), owner: .team(team), title: "Signed customer references", start: day("2026-01-01"), due: day("2026-03-31"),
                 parentID: .init(id(1)), measure: .manual(target: 6, unit: "references"), latestValue: 4),
            Goal(id: .init(id(4)), owner: .person(seller), title: "Won deals this quarter", start: day("2026-01-01"), due: day("2026-03-31"),
                 parentID: .init(id(2)), measure: .kpi(.wonDeals, target: 10)),
        ]
        let progress = GoalProgress.rollUp(goals, kpiValues: [goals[1].id: 750_000, goals[3].id: 7])
        let names: [GoalOwner: String] = [.team(team): "Stockholm SMB", .person(seller): "Lena Berg"]
        return GoalBoard(
            entries: GoalBoard.treeOrder(goals).map { goal, depth in
                GoalBoard.Entry(
                    goal: goal, progress: progress[goal.id]!, ownerName: names[goal.owner], depth: depth, canEdit: goal.owner != .company,
                    canEnterValue: goal.measure?.isManual == true)
            },
            writableOwners: [.init(owner: .team(team), name: "Stockholm SMB"), .init(owner: .person(seller), name: "Lena Berg")])
    }

    @Test(arguments: [Language.english, .swedish])
    func aManagersGoalTree(language: Language) {
        let board = Self.board()
        // The company goal: (0.75 · 2 + 4/6 · 1) ÷ 3 = 0.7222…
        #expect(abs(board.entries[0].progress.fraction! - (0.75 * 2 + 4.0 / 6.0) / 3) < 1e-12)
        let html = GoalsPage.render(
            GoalsPage.Model(board: board), context: PageContext(text: Localizer(language), viewer: nil, capabilities: [], csrfToken: "token", path: "/goals")
        ).render()
        #expect(html.contains("id=\"goals-add\"") && html.contains("id=\"goal-value-form-\(Self.id(3).uuidString.lowercased())\""))
        expectSnapshot(html, named: "goals-manager-\(language.rawValue)")
    }
}
