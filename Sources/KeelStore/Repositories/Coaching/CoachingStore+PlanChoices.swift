import FluentKit
import Foundation
import SalesDomain

extension CoachingStore {
    /// The plan form's one query: the active sellers the viewer coaches, and for the chosen one
    /// (when the viewer coaches them) the suggestion and the records a session may link to.
    public func planChoices(seller chosen: Person.ID?, for policy: AccessPolicy, asOf: Date) async throws -> SessionPlanChoices {
        let sellers = try await diagnosis.sellers(in: .natural(for: policy.viewer)).filter { $0.accessRole == .seller && policy.canCoach($0) }
        let seller = chosen.flatMap { id in sellers.first { $0.id == id } }
        let framework = try await coachingFramework()
        let competencies = (framework?.areas ?? []).flatMap { area in
            area.competencies.map { SessionPlanChoices.CompetencyChoice(id: $0.id, name: $0.name, area: area.name) }
        }
        var suggestion: CoachingSuggestion?
        var deals: [SessionPlanChoices.Choice<Deal.ID>] = []
        var meetings: [SessionPlanChoices.Choice<Activity.ID>] = []
        var names = FocusNames()
        if let seller {
            suggestion = try await suggestions(
                for: CoachingQuery(scope: .person(seller.id), months: calendar.month(containing: asOf)...calendar.month(containing: asOf), asOf: asOf),
                policy: policy)[seller.id]
            let open = try await DealModel.query(on: database).filter(\.$organizationID == organizationID.rawValue)
                .filter(\.$ownerID == seller.id.rawValue).filter(\.$outcome == DealOutcome.open.rawValue).all()
            let upcoming = try await ActivityModel.query(on: database).filter(\.$organizationID == organizationID.rawValue)
                .filter(\.$ownerID == seller.id.rawValue).filter(\.$type == ActivityType.meeting.rawValue)
                .filter(\.$plannedAt >= asOf).filter(\.$plannedAt < asOf.addingTimeInterval(42 * 86_400)).filter(\.$doneAt == nil)
                .sort(\.$plannedAt).limit(50).all()
            names = try await focusNames(
                for: open.map { .deal(.init($0.id!)) } + upcoming.map { .meeting(.init($0.id!)) } + [suggestion?.focus].compactMap { $0 })
            // The choice's name sorts the deals by account; the page words each from `focusNames`.
            deals = open.map { .init(id: .init($0.id!), name: names.deals[.init($0.id!)]?.account ?? $0.externalID) }.sorted { $0.name < $1.name }
            meetings = upcoming.map { .init(id: .init($0.id!), name: names.meetings[.init($0.id!)]?.day.description ?? "") }
        }
        let labels = PersonLabels.labels(of: sellers)
        return SessionPlanChoices(
            sellers: sellers.map { .init(id: $0.id, name: labels[$0.id] ?? $0.name) }, seller: seller?.id, suggestion: suggestion, competencies: competencies,
            activityTypes: try await diagnosis.knownActivityTypes().sorted(), deals: deals, meetings: meetings, focusNames: names)
    }
}
