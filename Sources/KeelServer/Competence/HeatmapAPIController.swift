import Foundation
import KeelStore
import SalesDomain
import Vapor

/// `GET /api/v1/competence/cycles/{cycleID}/heatmap` and its drill-down: team × competency or
/// market × competency (SPEC §1), limited to what the caller may see by the same query the
/// page reads (``HeatmapQuery``, answered by `CompetenceStore.heatmapReport`).
enum HeatmapAPIController {
    static func register(on competence: any RoutesBuilder) {
        competence.on(.GET, "cycles", ":cycleID", "heatmap", access: .signedIn(.readOthers), use: heatmap)
        competence.on(.GET, "cycles", ":cycleID", "heatmap", "people", access: .signedIn(.readOthers), use: people)
    }

    /// The screen's one query, answered for the caller's policy: rows and total are exactly
    /// what the page shows the same person.
    @Sendable
    static func heatmap(_ request: Request) async throws -> HeatmapResource {
        let report = try await request.competence.heatmapReport(try request.heatmapQuery(), for: try await request.policy())
        return HeatmapResource(report)
    }

    /// The people behind one row (`group=team:<id>`, `members:<id>`, `market:<id>` or
    /// `organization`, as the page's links name them): the drill-down's one query, answered for
    /// the caller's policy as the page answers it.
    @Sendable
    static func people(_ request: Request) async throws -> HeatmapPeopleResource {
        let report = try await request.competence.heatmapPeople(try request.heatmapPeopleQuery(), for: try await request.policy())
        return HeatmapPeopleResource(
            cycleID: report.query.cycle, group: report.query.group.description, jobRole: report.query.jobRole,
            adjustment: report.calibration.flatMap { exercise in report.adjustment.map { LeniencyAdjustmentResource(exercise, $0) } },
            entries: report.entries)
    }
}
