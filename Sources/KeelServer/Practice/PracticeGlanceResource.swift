import Foundation
import SalesDomain
import Vapor

/// A seller's practice on the start page: the week against the habit and what is due.
struct PracticeGlanceResource: Content {
    struct Due: Content {
        var entryID: UUID
        var title: String
        var kind: String
        var competencyName: String
        var due: String
        var overdue: Bool
    }

    var repetitionsThisWeek: Int
    var weeklyTarget: Int
    var streakWeeks: Int
    var due: [Due]

    init(_ screen: PracticePlanScreen, language: Language) {
        repetitionsThisWeek = screen.repetitionsThisWeek
        weeklyTarget = screen.policy.weeklyTarget
        streakWeeks = screen.streakWeeks
        due = screen.due.map {
            Due(
                entryID: $0.entry.id.rawValue, title: $0.item.title.text(in: language), kind: $0.item.kind.rawValue,
                competencyName: $0.competencyName.text(in: language), due: $0.entry.repetition.due.description, overdue: $0.status == .overdue)
        }
    }
}
