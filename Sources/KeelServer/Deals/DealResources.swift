import Foundation
import SalesDomain
import Vapor

/// A deal's stall judgement in the API's words (``DealStall``).
struct DealStallResource: Content {
    var daysInStage: Int
    var barDays: Double?
    var basis: String?
    var judged: Bool
    var stalled: Bool
    var daysOver: Double?

    init(_ stall: DealStall) {
        daysInStage = stall.daysInStage
        barDays = stall.barDays
        basis = stall.basis?.rawValue
        judged = stall.isJudged
        stalled = stall.isStalled
        daysOver = stall.daysOver
    }
}

/// One deal in a list: what it is called, whose it is, where it stands.
struct DealSummaryResource: Content {
    var id: UUID
    /// The title, or the external id when the CRM gave no title.
    var name: String?
    var title: String?
    var externalID: String?
    var accountID: UUID?
    var account: String?
    var ownerID: UUID
    var ownerName: String
    var stage: String
    var outcome: String
    /// In the organization's reporting currency (Keel stores no currency per deal).
    var value: Decimal
    /// That currency's ISO 4217 code, so a client need not ask for the analysis rules to name it.
    var currency: String
    var createdAt: Date
    var engagedAt: Date?
    var closedAt: Date?
    var stall: DealStallResource?

    init(deal: Deal, label: DealLabel, ownerName: String, stall: DealStall?, currency: ReportingCurrency) {
        id = deal.id.rawValue
        name = label.name
        title = label.title
        externalID = label.externalID
        accountID = deal.accountID?.rawValue
        account = label.accountName
        ownerID = deal.ownerID.rawValue
        self.ownerName = ownerName
        stage = deal.stage.rawValue
        outcome = deal.outcome.rawValue
        value = deal.value
        self.currency = currency.code
        createdAt = deal.createdAt
        engagedAt = deal.engagedAt
        closedAt = deal.closedAt
        self.stall = stall.map(DealStallResource.init)
    }
}

/// `GET /api/v1/deals`: how many deals match, and the page of them from `offset`.
struct DealListResource: Content {
    var total: Int
    var limit: Int
    var offset: Int
    var deals: [DealSummaryResource]

    init(_ list: DealList, limit: Int, currency: ReportingCurrency) {
        total = list.total
        self.limit = limit
        offset = list.query.offset
        deals = list.entries.map {
            DealSummaryResource(deal: $0.deal, label: $0.label, ownerName: $0.ownerName, stall: $0.stall, currency: currency)
        }
    }
}

/// `GET /api/v1/deals/{dealID}`: one deal with its stage history and the owner's activities on it.
struct DealResource: Content {
    struct Stage: Content {
        var stage: String
        var enteredAt: Date
        var leftAt: Date?
        var days: Int
        var current: Bool
    }

    struct ActivityEntry: Content {
        var id: UUID
        var type: String
        var plannedAt: Date
        var doneAt: Date?
        var durationMinutes: Int
        var dealID: UUID?
        var state: String
        var postponements: Int
    }

    struct Close: Content {
        var outcome: String
        var closedAt: Date
    }

    struct SalesCycle: Content {
        var days: Int
        var startsAt: String
    }

    var deal: DealSummaryResource
    var product: String?
    var asOf: Date
    var stages: [Stage]
    /// The close the stage history records, dated by the CRM file.
    var close: Close?
    var salesCycle: SalesCycle?
    /// The newest activities, at most ``DealScreen/activityLimit``; `activityTotal` counts them all.
    var activities: [ActivityEntry]
    var activityTotal: Int

    init(_ screen: DealScreen, currency: ReportingCurrency) {
        deal = DealSummaryResource(deal: screen.deal, label: screen.label, ownerName: screen.owner.name, stall: screen.stall, currency: currency)
        product = screen.productName
        asOf = screen.asOf
        stages = screen.stages.map { Stage(stage: $0.stage.rawValue, enteredAt: $0.enteredAt, leftAt: $0.leftAt, days: $0.days, current: $0.isCurrent) }
        close = screen.close.map { Close(outcome: $0.outcome.rawValue, closedAt: $0.closedAt) }
        salesCycle = screen.salesCycle.map { SalesCycle(days: $0.days, startsAt: $0.start.rawValue) }
        activities = screen.activities.map {
            ActivityEntry(
                id: $0.activity.id.rawValue, type: $0.activity.type.rawValue, plannedAt: $0.activity.plannedDate, doneAt: $0.activity.doneDate,
                durationMinutes: $0.activity.durationMinutes, dealID: $0.activity.dealID?.rawValue, state: $0.state.rawValue,
                postponements: $0.postponements)
        }
        activityTotal = screen.activityTotal
    }
}
