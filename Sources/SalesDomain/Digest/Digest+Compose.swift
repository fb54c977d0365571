import Foundation

extension Digest {
    /// Which digest a person gets: managers the team's, sellers their own; leaders and admins
    /// none (their pages are the organization's, not a week's to-do list).
    public static func audience(of person: Person) -> Audience? {
        switch person.accessRole {
        case .manager: .manager
        case .seller: .seller
        case .leader, .admin: nil
        }
    }

    /// A manager's digest:
    /// - overdue sellers: those whose rhythm row says overdue, longest without a session first
    ///   (never coached before all);
    /// - steps: every open next step of their sellers due on or before the week's Sunday, overdue
    ///   when due before the day it is composed on;
    /// - focus: each seller's suggestion from the diagnosis, in the overview's order of need;
    /// - team practice: sellers with practice items past due, most overdue first.
    public static func manager(_ facts: DigestFacts) -> Digest {
        let overdue = facts.sellers.filter(\.cadence.overdue)
            .sorted { (-($0.cadence.daysSinceLast ?? .max), $0.name) < (-($1.cadence.daysSinceLast ?? .max), $1.name) }
            .map { OverdueSeller(personID: $0.id, name: $0.name, daysSinceLast: $0.cadence.daysSinceLast) }
        let focus = facts.sellers.compactMap { seller in seller.suggestion.map { Focus(personID: seller.id, name: seller.name, suggestion: $0) } }
        let practice = facts.teamPractice.filter { $0.overdue > 0 }
            .sorted { (-$0.overdue, $0.name) < (-$1.overdue, $1.name) }
            .map { TeamPractice(personID: $0.personID, name: $0.name, overdue: $0.overdue, dueThisWeek: $0.dueThisWeek) }
        return Digest(
            audience: .manager, recipientID: facts.recipient.id, recipientName: facts.recipient.name, week: facts.week, today: facts.today,
            lastDay: facts.lastDay, maximumDaysBetween: facts.cadencePolicy.maximumDaysBetween, overdueSellers: overdue,
            steps: steps(facts, items: facts.items), focus: focus, teamPractice: practice, focusNames: facts.focusNames)
    }

    /// A seller's digest: the open next steps they own, due on or before the week's Sunday, and
    /// their practice items due by then, overdue when due before the day it is composed on.
    public static func seller(_ facts: DigestFacts) -> Digest {
        let today = facts.today
        let practice = facts.practice.filter { $0.entry.isActive && $0.entry.repetition.due <= facts.lastDay }
            .sorted { ($0.entry.repetition.due, $0.item.key) < ($1.entry.repetition.due, $1.item.key) }
            .map {
                PracticeDue(entryID: $0.entry.id, title: $0.item.title, competency: $0.competencyName, due: $0.entry.repetition.due,
                            overdue: $0.entry.repetition.due < today)
            }
        return Digest(
            audience: .seller, recipientID: facts.recipient.id, recipientName: facts.recipient.name, week: facts.week, today: today,
            lastDay: facts.lastDay, maximumDaysBetween: facts.cadencePolicy.maximumDaysBetween,
            steps: steps(facts, items: facts.items.filter { $0.sellerID == facts.recipient.id && $0.ownerID == facts.recipient.id }),
            practice: practice, focusNames: facts.focusNames)
    }

    public static func compose(_ facts: DigestFacts) -> Digest? {
        switch audience(of: facts.recipient) {
        case .manager: manager(facts)
        case .seller: seller(facts)
        case nil: nil
        }
    }

    private static func steps(_ facts: DigestFacts, items: [ActionItem]) -> [Step] {
        let today = facts.today
        return items.filter { $0.status == .open && $0.due <= facts.lastDay }
            .sorted { ($0.due, $0.id.rawValue.uuidString) < ($1.due, $1.id.rawValue.uuidString) }
            .map { Step(item: $0, sellerName: facts.names[$0.sellerID] ?? "", ownerName: facts.names[$0.ownerID] ?? "", overdue: $0.isOverdue(on: today)) }
    }
}
