import KeelStore
import SalesDomain
import Vapor

extension CompetenceOverviewPage.Model {
    /// What the viewer has to do in the open cycle and where their results and reports are
    /// (``CompetenceStore/overview(for:)``).
    static func query(
        _ request: Request, errors: [FieldError] = [], entered: [String: String] = [:], notice: String? = nil
    ) async throws -> Self {
        Self(overview: try await request.competence.overview(for: try await request.policy()), errors: errors, entered: entered, notice: notice)
    }

    init(overview: CompetenceOverview, errors: [FieldError] = [], entered: [String: String] = [:], notice: String? = nil) {
        self.init(
            viewer: overview.viewer, cycles: overview.cycles, openCycle: overview.openCycle, selfStatus: overview.selfStatus,
            reports: overview.reports, closedCyclesOfViewer: overview.closedCyclesOfViewer, calibrations: overview.calibrations,
            publishedFrameworks: overview.publishedFrameworks, errors: errors, entered: entered, notice: notice)
    }
}
