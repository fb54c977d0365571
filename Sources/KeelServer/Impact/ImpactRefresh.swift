import Fluent
import Foundation
import KeelStore
import SalesDomain
import Vapor

/// The periodic job that keeps every organization's impact estimates (``ImpactStore/refreshSummaries(asOf:weeks:)``):
/// hourly while the server runs, and once after a demo organization is generated. Hourly because
/// an estimate only changes when a week ends or history changes, and the start page's tile must
/// never resample 2,000 times per request.
public enum ImpactRefresh {
    public static let interval: Duration = .seconds(3_600)

    public static func refreshAll(on database: any Database, asOf: Date) async throws {
        for organization in try await Organizations(database: database).all() {
            try await ImpactStore.of(database: database, organizationID: organization.id).refreshSummaries(asOf: asOf)
        }
    }

    /// Refreshes every `interval` until the process ends; a failed refresh is logged and the next one tried.
    public static func schedule(on app: Application) {
        let database = app.db
        let logger = app.logger
        Task.detached {
            while !Task.isCancelled {
                try? await Task.sleep(for: interval)
                do {
                    try await refreshAll(on: database, asOf: Date())
                } catch {
                    logger.error("impact refresh failed: \(String(describing: error))")
                }
            }
        }
    }
}
