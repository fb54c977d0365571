import Foundation
import SalesDomain
import Vapor

/// The start page's coaching (`coaching` in `GET /api/v1/where-to-act`).
struct CoachingGlanceResource: Content {
    var months: CoachingResource.Months
    var total: CoachingResource.Tally
    var typesNeverUsed: [String]
    var commitments: [ActionItemResource]
    var nextSession: SessionResource?

    init(_ glance: CoachingGlance) {
        months = CoachingResource.Months(from: glance.months.lowerBound.description, to: glance.months.upperBound.description)
        total = CoachingResource.Tally(glance.total)
        typesNeverUsed = glance.typesNeverUsed.map(\.rawValue)
        commitments = glance.commitments.map { ActionItemResource($0, today: glance.today) }
        // The start page never shows private notes, so neither does its API.
        nextSession = glance.nextSession.map { SessionResource($0.withoutPrivateNotes, viewer: $0.sellerID) }
    }
}
