import SalesDomain
import Vapor

/// The organization overview: the markets and teams of the viewer's organization chart.
struct OrganizationResource: Content {
    var id: UUID
    var name: String
    var slug: String
    var markets: [MarketResource]
    var teams: [TeamResource]
    var activePeople: Int

    init(_ report: OrganizationReport) {
        let chart = report.chart
        id = report.organization.id.rawValue
        name = report.organization.name
        slug = report.organization.slug
        markets = chart.markets.map(MarketResource.init)
        teams = chart.teams.map { TeamResource($0, headcount: chart.ownMembers[$0.id] ?? 0) }
        activePeople = chart.activePeople
    }
}
