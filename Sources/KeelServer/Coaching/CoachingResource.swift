import Foundation
import SalesDomain
import Vapor

/// `GET /api/v1/coaching`: a ``CoachingOverview`` as JSON — the rhythm of a scope's sellers,
/// coaches and teams; suggestions only for the viewer who coaches them.
struct CoachingResource: Content {
    struct Months: Content {
        var from: String
        var to: String
    }

    struct Tally: Content {
        var sellers: Int
        var compliance: ShareResource
        var overdueSellers: Int
        var followUp: ShareResource

        init(_ tally: CadenceReport.GroupTally) {
            sellers = tally.sellers
            compliance = ShareResource(tally.compliance)
            overdueSellers = tally.overdueSellers
            followUp = ShareResource(tally.followUp)
        }
    }

    struct Seller: Content {
        var id: UUID
        var name: String
        var teamID: UUID?
        var coachName: String?
        var completedThisMonth: Int
        var lastCompleted: Date?
        var daysSinceLast: Int?
        var nextPlanned: Date?
        var overdue: Bool
        var compliantMonths: Int
        var measuredMonths: Int
        var openItems: Int
        var overdueItems: Int
        var lastSessionType: String?
        var nextSessionID: UUID?
        var suggestion: SuggestionResource?
    }

    struct Coach: Content {
        var id: UUID
        var name: String
        var sellers: Int
        var compliance: ShareResource
        var overdueSellers: Int
        var sessions: Int
        var hours: Double
        var sessionsPerSellerPerMonth: Double?
        var hoursPerSellerPerMonth: Double?
        var sessionsByType: [String: Int]
        var typesNeverUsed: [String]
        var followUp: ShareResource
    }

    struct TeamRow: Content {
        var id: UUID
        var name: String
        var tally: Tally
    }

    /// One seller's own sessions and next steps.
    struct PersonCoaching: Content {
        var upcoming: [SessionResource]
        var past: [SessionResource]
        var commitments: [ActionItemResource]
        var names: [String: String]

        init(_ coaching: SellerCoaching, viewer: SalesDomain.Person.ID) {
            upcoming = coaching.upcoming.map { SessionResource($0, viewer: viewer) }
            past = coaching.past.map { SessionResource($0, viewer: viewer) }
            commitments = coaching.commitments.map { ActionItemResource($0, today: coaching.today) }
            names = Dictionary(uniqueKeysWithValues: coaching.names.map { ($0.key.rawValue.uuidString, $0.value) })
        }
    }

    var scope: String
    var scopeName: String
    var months: Months
    var currentMonth: String
    var policy: CadencePolicyResource
    var viewerCoaches: Bool
    var total: Tally
    /// One page of the sellers, most in need of coaching first (`offset`, `limit`, of `sellerCount`).
    var sellers: [Seller]
    var sellerCount: Int
    var offset: Int
    var limit: Int
    /// When a wide scope's kept answer was decided; absent when decided for this request.
    var decidedAt: Date?
    var coaches: [Coach]
    var teams: [TeamRow]
    var areasUntouched: [String]
    var person: PersonCoaching?

    init(_ overview: CoachingOverview, viewer: SalesDomain.Person.ID, language: Language) {
        scope = overview.scope.description
        scopeName = overview.scopeName
        months = Months(from: overview.months.lowerBound.description, to: overview.months.upperBound.description)
        currentMonth = overview.currentMonth.description
        policy = CadencePolicyResource(overview.policy)
        viewerCoaches = overview.viewerCoaches
        total = Tally(overview.total)
        sellerCount = overview.sellerCount
        offset = overview.page.offset
        limit = overview.page.limit
        decidedAt = overview.keptAt
        sellers = overview.sellers.map { seller in
            let cadence = seller.cadence
            return Seller(
                id: seller.id.rawValue, name: seller.name, teamID: seller.teamID?.rawValue, coachName: seller.coachName,
                completedThisMonth: cadence.completedThisMonth, lastCompleted: cadence.lastCompleted, daysSinceLast: cadence.daysSinceLast,
                nextPlanned: cadence.nextPlanned, overdue: cadence.overdue, compliantMonths: cadence.compliantMonths,
                measuredMonths: cadence.measuredMonths, openItems: cadence.openItems, overdueItems: cadence.overdueItems,
                lastSessionType: seller.lastSessionType?.rawValue, nextSessionID: seller.nextSessionID?.rawValue,
                suggestion: seller.suggestion.map(SuggestionResource.init))
        }
        coaches = overview.coaches.map { coach in
            let row = coach.row
            return Coach(
                id: row.coachID.rawValue, name: coach.name, sellers: row.sellers, compliance: ShareResource(row.compliance),
                overdueSellers: row.overdueSellers, sessions: row.sessions, hours: row.hours,
                sessionsPerSellerPerMonth: row.sessionsPerSellerPerMonth, hoursPerSellerPerMonth: row.hoursPerSellerPerMonth,
                sessionsByType: Dictionary(uniqueKeysWithValues: CoachingSessionType.allCases.map { ($0.rawValue, row.sessionsByType[$0] ?? 0) }),
                typesNeverUsed: row.typesNeverUsed.map(\.rawValue), followUp: ShareResource(row.followUp))
        }
        teams = overview.teams.map { TeamRow(id: $0.id.rawValue, name: $0.name, tally: Tally($0.tally)) }
        areasUntouched = overview.areasUntouched.map { $0.text(in: language) }
        person = overview.person.map { PersonCoaching($0, viewer: viewer) }
    }
}
