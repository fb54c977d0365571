import Foundation
import SalesDomain
import Vapor

/// `GET /api/v1/coaching/sessions/{id}`: a ``SessionScreen`` as JSON, texts in the caller's language.
struct SessionScreenResource: Content {
    struct FollowedUp: Content {
        var item: ActionItemResource
        var outcome: String
        var comment: String
        var newDue: String?
    }

    struct Linked: Content {
        struct Level: Content {
            var level: Int
            var behavior: String
        }

        struct CompetencyData: Content {
            var id: UUID
            var name: String
            var levels: [Level]
            var level: Double?
            var target: Int?
            var cycleName: String?
        }

        struct StageEntry: Content {
            var stage: String
            var enteredAt: Date
        }

        struct DealData: Content {
            var id: UUID
            var externalID: String?
            var stage: String
            var outcome: String
            var value: Double
            /// The organization's reporting currency, which `value` is in.
            var currency: String
            var stages: [StageEntry]
        }

        struct Rate: Content {
            var planned: Int
            var doneOnTime: Int
        }

        struct ActivityTypeData: Content {
            var activityType: String
            var from: String
            var to: String
            var current: Rate
            var previous: Rate
        }

        struct MeetingData: Content {
            var id: UUID
            var type: String
            var plannedAt: Date
            var done: Bool
            var dealID: UUID?
        }

        var kind: String
        var competency: CompetencyData?
        var deal: DealData?
        var activityType: ActivityTypeData?
        var meeting: MeetingData?

        init(_ linked: SessionScreen.LinkedData, language: Language, currency: ReportingCurrency) {
            switch linked {
            case .competency(let competency, let level, let target, let cycleName):
                kind = "competency"
                self.competency = CompetencyData(
                    id: competency.id.rawValue, name: competency.name.text(in: language),
                    levels: competency.levels.map { Level(level: $0.level, behavior: $0.behavior.text(in: language)) },
                    level: level, target: target, cycleName: cycleName)
            case .deal(let history):
                kind = "deal"
                deal = DealData(
                    id: history.deal.id.rawValue, externalID: history.deal.externalID, stage: history.deal.stage.rawValue,
                    outcome: history.deal.outcome.rawValue, value: NSDecimalNumber(decimal: history.deal.value).doubleValue, currency: currency.code,
                    stages: history.transitions.map { StageEntry(stage: $0.stage.rawValue, enteredAt: $0.enteredAt) })
            case .activityType(let type, let current, let previous, let weeks):
                kind = "activity_type"
                activityType = ActivityTypeData(
                    activityType: type.rawValue, from: weeks.lowerBound.description, to: weeks.upperBound.description,
                    current: Rate(planned: current.planned, doneOnTime: current.doneOnTime),
                    previous: Rate(planned: previous.planned, doneOnTime: previous.doneOnTime))
            case .meeting(let activity):
                kind = "meeting"
                meeting = MeetingData(
                    id: activity.id.rawValue, type: activity.type.rawValue, plannedAt: activity.plannedDate, done: activity.isDone,
                    dealID: activity.dealID?.rawValue)
            }
        }
    }

    var session: SessionResource
    var sellerName: String
    var coachName: String
    var agenda: [String]
    var toFollowUp: [ActionItemResource]
    var followedUp: [FollowedUp]
    var agreed: [ActionItemResource]
    var linked: Linked?
    var history: [SessionResource]
    var viewerIsCoach: Bool

    init(_ screen: SessionScreen, viewer: Person.ID, today: CalendarDay, language: Language, currency: ReportingCurrency) {
        session = SessionResource(screen.session, viewer: viewer)
        sellerName = screen.sellerName
        coachName = screen.coachName
        agenda = screen.agenda.items.map { $0.text(in: language) }
        toFollowUp = screen.toFollowUp.map { ActionItemResource($0, today: today) }
        followedUp = screen.followedUp.map {
            FollowedUp(item: ActionItemResource($0.item, today: today), outcome: $0.review.outcome.rawValue, comment: $0.review.comment,
                       newDue: $0.review.newDue?.description)
        }
        agreed = screen.agreed.map { ActionItemResource($0, today: today) }
        linked = screen.linked.map { Linked($0, language: language, currency: currency) }
        history = screen.history.map { SessionResource($0, viewer: viewer) }
        viewerIsCoach = screen.viewerIsCoach
    }
}
