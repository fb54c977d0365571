import FluentKit
import Foundation
import SalesDomain
import SQLKit

extension CoachingStore {
    /// One session for a viewer who may read the seller's coaching: its agenda, the next steps
    /// to follow up (planned) or how they were followed up and what was agreed (completed), the
    /// data its focus links to, and the seller's other sessions. Private notes only for its coach.
    public func sessionScreen(_ id: CoachingSession.ID, for policy: AccessPolicy, asOf: Date) async throws -> SessionScreen {
        let (session, seller) = try await readable(id, for: policy)
        let coach = try await directory.person(session.coachID)
        let all = try await sessions(of: [seller.id])
        var toFollowUp: [ActionItem] = []
        var followedUp: [SessionScreen.FollowedUp] = []
        if session.status == .planned {
            toFollowUp = try await items(of: [seller.id]).filter { $0.sessionID != session.id }
        } else {
            let reviews = try await ActionItemReviewModel.query(on: database)
                .filter(\.$organizationID == organizationID.rawValue).filter(\.$sessionID == session.id.rawValue).all()
                .compactMap { $0.domain() }
            let reviewed = try await items(ids: reviews.map(\.itemID))
            followedUp = reviews.compactMap { review in reviewed[review.itemID].map { SessionScreen.FollowedUp(item: $0, review: review) } }
        }
        let agreed = try await agreedItemsQuery(in: session.id.rawValue).all().map { try $0.decode(model: ActionItemRow.self).domain() }
        var names = [seller.id: seller.name]
        if let coach { names[coach.id] = coach.name }
        let history = all.filter { $0.id != session.id }.reversed().prefix(10).map(policy.visible)
        let foci = ([session.focus] + history.map(\.focus) + (toFollowUp + agreed + followedUp.map(\.item)).map(\.link)).compactMap { $0 }
        return SessionScreen(
            session: policy.visible(session), sellerName: seller.name, coachName: coach?.name ?? "", agenda: try await agenda(for: session.type),
            toFollowUp: toFollowUp, followedUp: followedUp, agreed: agreed,
            linked: try await session.focus.asyncMap { try await linkedData($0, of: seller, asOf: asOf) } ?? nil,
            history: history, viewerIsCoach: session.coachID == policy.viewer.personID && policy.canCoach(seller), names: names,
            focusNames: try await focusNames(for: foci))
    }

    /// The next steps agreed in a session, held to their index (migration 030) by `QueryPlanStoreTests`.
    func agreedItemsQuery(in session: UUID) -> SQLSelectBuilder {
        sql.select().column(SQLLiteral.all).from(ActionItemModel.schema)
            .where("organization_id", .equal, organizationID.rawValue).where("session_id", .equal, session).orderBy("due")
    }

    func items(ids: [ActionItem.ID]) async throws -> [ActionItem.ID: ActionItem] {
        var found: [ActionItem.ID: ActionItem] = [:]
        for chunk in ids.chunked(into: 500) {
            for row in try await sql.select().column(SQLLiteral.all).from(ActionItemModel.schema)
                .where("organization_id", .equal, organizationID.rawValue).where("id", .in, chunk.map(\.rawValue))
                .all(decoding: ActionItemRow.self) {
                let item = try row.domain()
                found[item.id] = item
            }
        }
        return found
    }

    /// What a focus shows beside the agenda; `nil` when the linked record is gone.
    func linkedData(_ focus: CoachingFocus, of seller: Person, asOf: Date) async throws -> SessionScreen.LinkedData? {
        switch focus {
        case .competency(let id):
            guard let (framework, competency) = try await framework(containing: id) else { return nil }
            let cycles = diagnosis.closedCycles(try await competence.cycleSummaries(), asOf: asOf)
                .filter { $0.framework.frameworkID == framework.id }
            let assessment = try await diagnosis.latestAssessments(of: [seller.id], in: cycles)[seller.id]
            let profile = RoleProfile.applicable(to: seller, framework: framework.id, among: try await competence.roleProfiles(framework: framework.id))
            return .competency(
                competency, level: assessment?.levels[id], target: profile?.entries.first { $0.competencyID == id }?.targetLevel,
                cycleName: assessment?.cycle.cycleName)
        case .deal(let id):
            guard let model = try await DealModel.query(on: database).filter(\.$organizationID == organizationID.rawValue)
                .filter(\.$id == id.rawValue).first()
            else { return nil }
            let transitions = try await DealStageTransitionModel.query(on: database).filter(\.$dealID == id.rawValue)
                .sort(\.$enteredAt).all().map(\.domain)
            return DealHistory.histories(deals: [model.domain], transitions: transitions).first.map(SessionScreen.LinkedData.deal)
        case .activityType(let type):
            let weeks = calendar.defaultAnalysisWeeks(asOf: asOf)
            let weeksBefore = weeks.lowerBound.previous.span(of: 13)
            let rollups = ExecutionRollups(database: database, organizationID: organizationID, calendar: calendar)
            let current = try await rollups.activitySums(scopes: [seller.id.rawValue], weeks: weeks)[seller.id.rawValue]?[type]
            let previous = try await rollups.activitySums(scopes: [seller.id.rawValue], weeks: weeksBefore)[seller.id.rawValue]?[type]
            return .activityType(
                type, current: current?.execution ?? ExecutionRate(), previous: previous?.execution ?? ExecutionRate(), weeks: weeks)
        case .meeting(let id):
            guard let model = try await ActivityModel.query(on: database).filter(\.$organizationID == organizationID.rawValue)
                .filter(\.$id == id.rawValue).first()
            else { return nil }
            return .meeting(model.domain)
        }
    }
}

extension CoachingStore {
    /// Names for the records these foci point at: competencies by the newest version naming
    /// them, deals by account and stage, meetings by type and local date.
    func focusNames(for foci: [CoachingFocus]) async throws -> FocusNames {
        var names = FocusNames()
        var competencies: Set<Competency.ID> = []
        var deals: [UUID] = []
        var meetings: [UUID] = []
        for focus in foci {
            switch focus {
            case .competency(let id): competencies.insert(id)
            case .deal(let id): deals.append(id.rawValue)
            case .meeting(let id): meetings.append(id.rawValue)
            case .activityType: break
            }
        }
        if !competencies.isEmpty {
            let versions = try await competence.frameworkVersions().sorted { $0.version < $1.version }
            for framework in versions {
                for competency in framework.competencies where competencies.contains(competency.id) { names.competencies[competency.id] = competency.name }
            }
        }
        for chunk in Array(Set(deals)).chunked(into: 500) {
            let models = try await DealModel.query(on: database).filter(\.$organizationID == organizationID.rawValue).filter(\.$id ~~ chunk).all()
            let accounts = try await AccountModel.query(on: database).filter(\.$id ~~ models.compactMap(\.accountID)).all()
            let accountNames = Dictionary(accounts.compactMap { model in model.id.map { ($0, model.name) } }, uniquingKeysWith: { first, _ in first })
            for model in models {
                let account = model.accountID.flatMap { accountNames[$0] } ?? model.externalID
                names.deals[.init(model.id!)] = FocusNames.DealName(account: account, stage: DealStage(model.stage))
            }
        }
        for chunk in Array(Set(meetings)).chunked(into: 500) {
            for model in try await ActivityModel.query(on: database).filter(\.$organizationID == organizationID.rawValue).filter(\.$id ~~ chunk).all() {
                names.meetings[.init(model.id!)] = FocusNames.MeetingName(type: ActivityType(model.type), day: calendar.day(containing: model.plannedAt))
            }
        }
        return names
    }
}
